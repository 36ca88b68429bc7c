/** The GraphQL the admin sends for programs, written against apps/api/schema.graphql. */

const PROGRAM_FIELDS = /* GraphQL */ `
  fragment ProgramFields on Program {
    id
    code
    name { ko en }
    summary { ko en }
    area
    status
    plannedStart
    plannedEnd
    actualStart
    actualEnd
    progress
    parent { id }
    version
    createdAt
    updatedAt
  }
`;

export const PROGRAMS_QUERY = /* GraphQL */ `
  query Programs($first: Int, $offset: Int, $filter: ProgramFilter, $orderBy: [ProgramOrderBy!]) {
    programs(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes { ...ProgramFields }
    }
  }
  ${PROGRAM_FIELDS}
`;

export const PROGRAM_QUERY = /* GraphQL */ `
  query Program($id: ID!) {
    program(id: $id) { ...ProgramFields }
  }
  ${PROGRAM_FIELDS}
`;

export const CREATE_PROGRAM_MUTATION = /* GraphQL */ `
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      program { ...ProgramFields }
      userErrors { field message code }
    }
  }
  ${PROGRAM_FIELDS}
`;

export const UPDATE_PROGRAM_MUTATION = /* GraphQL */ `
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      program { ...ProgramFields }
      userErrors { field message code }
    }
  }
  ${PROGRAM_FIELDS}
`;

export const DELETE_PROGRAM_MUTATION = /* GraphQL */ `
  mutation DeleteProgram($input: DeleteProgramInput!) {
    deleteProgram(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`;

/**
 * Deletes several programs in one request: GraphQL runs top-level mutation fields one after another,
 * so each alias is its own delete and reports its own userErrors.
 */
export function deleteProgramsMutation(count: number): string {
  const indexes = Array.from({ length: count }, (_, i) => i);
  const variables = indexes.map((i) => `$input${i}: DeleteProgramInput!`).join(', ');
  const fields = indexes
    .map((i) => `d${i}: deleteProgram(input: $input${i}) { deletedId userErrors { field message code } }`)
    .join('\n    ');
  return `mutation DeletePrograms(${variables}) {\n    ${fields}\n  }`;
}
