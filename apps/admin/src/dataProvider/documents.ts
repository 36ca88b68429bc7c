import type { ResolvedResource } from './resourceDefinition';

/** The GraphQL the admin sends for a resource, derived from its definition (see apps/api/schema.graphql). */
export interface ResourceDocuments {
  list: string;
  one: string;
  create: string;
  update: string;
  delete: string;
  deleteMany: (count: number) => string;
  /** Several records by id through the single fetch, aliased `r0`, `r1`, … (for `manyBy: 'single'`). */
  many: (count: number) => string;
}

const USER_ERRORS = 'userErrors { field message code }';

export function documentsFor(resource: ResolvedResource): ResourceDocuments {
  const { typeName: type, listField, oneField, payloadField } = resource;
  const relations = [...Object.values(resource.references), ...Object.values(resource.referenceLists)].map(
    (field) => `${field} { id }`,
  );
  const fragment = `fragment ${type}Fields on ${type} {\n    ${[resource.selection.trim(), ...relations].join('\n    ')}\n  }`;

  const saved = (verb: 'create' | 'update') => `
  mutation ${capital(verb)}${type}($input: ${capital(verb)}${type}Input!) {
    ${verb}${type}(input: $input) {
      ${payloadField} { ...${type}Fields }
      ${USER_ERRORS}
    }
  }
  ${fragment}`;

  // A type without an order to choose (accounts by email, the audit log newest first) takes no orderBy.
  const sortable = Object.keys(resource.orderFields).length > 0;
  const orderVariable = sortable ? `, $orderBy: [${type}OrderBy!]` : '';
  const orderArgument = sortable ? ', orderBy: $orderBy' : '';

  return {
    list: `
  query ${type}List($first: Int, $offset: Int, $filter: ${type}Filter${orderVariable}) {
    ${listField}(first: $first, offset: $offset, filter: $filter${orderArgument}) {
      totalCount
      nodes { ...${type}Fields }
    }
  }
  ${fragment}`,
    one: `
  query ${type}($id: ID!) {
    ${oneField}(id: $id) { ...${type}Fields }
  }
  ${fragment}`,
    create: saved('create'),
    update: saved('update'),
    delete: `
  mutation Delete${type}($input: Delete${type}Input!) {
    delete${type}(input: $input) {
      deletedId
      ${USER_ERRORS}
    }
  }`,
    // GraphQL runs top-level mutation fields one after another, so each alias is its own delete and
    // reports its own userErrors: several records go in one request.
    deleteMany: (count) => {
      const indexes = Array.from({ length: count }, (_, i) => i);
      const variables = indexes.map((i) => `$input${i}: Delete${type}Input!`).join(', ');
      const fields = indexes
        .map((i) => `d${i}: delete${type}(input: $input${i}) { deletedId ${USER_ERRORS} }`)
        .join('\n    ');
      return `mutation Delete${type}Many(${variables}) {\n    ${fields}\n  }`;
    },
    many: (count) => {
      const indexes = Array.from({ length: count }, (_, i) => i);
      const variables = indexes.map((i) => `$id${i}: ID!`).join(', ');
      const fields = indexes
        .map((i) => `r${i}: ${oneField}(id: $id${i}) { ...${type}Fields }`)
        .join('\n    ');
      return `query ${type}Many(${variables}) {\n    ${fields}\n  }\n  ${fragment}`;
    },
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
