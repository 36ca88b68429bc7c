/** The bench's workloads, as GraphQL for the API (the baseline answers the first three by path). */
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

/** One indicator's latest figure, one request at a time (the large scale's latency check). */
export const LATEST_QUERY = `query($id: ID!) { indicator(id: $id) { code latest { period value } } }`;

/** Keyset pages over every figure: page 1 and page N must cost the same. */
export const PAGE_SIZE = 100;
export const PAGE_QUERY = `query($after: String) { observations(first: ${PAGE_SIZE}, after: $after) {
  pageInfo { endCursor hasNextPage } nodes { period value }
} }`;
