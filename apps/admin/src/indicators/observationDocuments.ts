import { PUBLICATION_FIELDS, type PublicationFields } from '../publishing/publishingDocuments';

/** What the indicator page reads and writes besides the indicator record itself. */

export const INDICATOR_OBSERVATIONS_QUERY = /* GraphQL */ `
  query IndicatorObservations($id: ID!) {
    indicator(id: $id) {
      id
      code
      unit
      frequency
      sources { id title }
      observations(includeSuperseded: true) {
        id
        period
        periodLabel
        value
        status
        note
        vintage
        recordedAt
        supersededAt
        version
        source { id title }
        yoy { percent change }
        ${PUBLICATION_FIELDS}
      }
      targets(includeSuperseded: true) {
        id
        kind
        periodLabel
        deadline
        value
        supersededAt
        source { id title }
      }
    }
  }
`;

const OBSERVATION_RESULT = 'observation { id } userErrors { field message code }';

export const RECORD_OBSERVATION_MUTATION = /* GraphQL */ `
  mutation AdminRecordObservation($input: RecordObservationInput!) {
    recordObservation(input: $input) { ${OBSERVATION_RESULT} }
  }
`;

export const CORRECT_OBSERVATION_MUTATION = /* GraphQL */ `
  mutation AdminCorrectObservation($input: CorrectObservationInput!) {
    correctObservation(input: $input) { ${OBSERVATION_RESULT} }
  }
`;

export interface ObservationRow extends PublicationFields {
  id: string;
  period: string;
  periodLabel: string;
  value: string;
  status: string;
  note: string | null;
  vintage: number;
  recordedAt: string;
  supersededAt: string | null;
  version: number;
  source: { id: string; title: string };
  yoy: { percent: string | null; change: string } | null;
}

export interface TargetRow {
  id: string;
  kind: string;
  periodLabel: string | null;
  deadline: string | null;
  value: string;
  supersededAt: string | null;
  source: { id: string; title: string } | null;
}

export interface IndicatorObservations {
  indicator: {
    id: string;
    code: string;
    unit: string;
    frequency: string;
    sources: { id: string; title: string }[];
    observations: ObservationRow[];
    targets: TargetRow[];
  };
}
