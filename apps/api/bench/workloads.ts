/** The three workloads of issue #4, as GraphQL for the API and as paths for the baseline. */
export const NESTED_QUERY = `{ zones(first: 25, orderBy: [{ field: CODE }]) { nodes {
  id code name { ko }
  facilities { id code name { ko } status indicators { code latest { period value } } }
} } }`;

export const SERIES_QUERY = `query($id: ID!) { indicator(id: $id) {
  series(from: "2012-01", to: "2021-12", frequency: QUARTER) { period value yoy { percent } }
} }`;

export const READ_FACILITY = `query($id: ID!) { facility(id: $id) { code name { ko } status version } }`;
export const RENAME_FACILITY = `mutation($id: ID!, $name: String!) {
  updateFacility(input: { id: $id, name: { ko: $name } }) { facility { version } userErrors { code } }
}`;

/** Nine reads to one write, cycling over ten facilities. */
export const MIX_SIZE = 10;
