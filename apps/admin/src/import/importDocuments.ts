import type { RowError } from '@bitgoeul/domain';

/** What the import page sends: the dry run and the commit are the same mutation. */
export const IMPORT_OBSERVATIONS_MUTATION = /* GraphQL */ `
  mutation AdminImportObservations($input: ImportObservationsInput!) {
    importObservations(input: $input) {
      imported
      rowErrors { row column code message }
    }
  }
`;

export interface ImportObservationsResult {
  importObservations: { imported: number; rowErrors: RowError[] };
}

/** The indicators a sheet names, to link to them and chart them once imported. */
export const INDICATORS_BY_CODE_QUERY = /* GraphQL */ `
  query AdminIndicatorsByCode($codes: [String!]) {
    indicators(first: 50, filter: { code: { in: $codes } }) {
      nodes { id code name { ko en } }
    }
  }
`;

export interface IndicatorsByCode {
  indicators: { nodes: { id: string; code: string; name: { ko: string; en: string | null } }[] };
}

/** What the program import page sends: the dry run and the commit are the same mutation. */
export const IMPORT_PROGRAMS_MUTATION = /* GraphQL */ `
  mutation AdminImportPrograms($input: ImportProgramsInput!) {
    importPrograms(input: $input) {
      imported
      rowErrors { row column code message }
    }
  }
`;

export interface ImportProgramsResult {
  importPrograms: { imported: number; rowErrors: RowError[] };
}
