import type { PublicationAction } from '@bitgoeul/domain';

/** What a figure carries about its way to the public, on every vintage the panel lists. */
export const PUBLICATION_FIELDS = /* GraphQL */ `
  publicationState
  publicationDisplay
  availableActions
  releaseAt
  reviewComment
  submittedAt
  reviewedAt
  publishedAt
  withdrawnAt
  withdrawalReason
  publicFrom
  publicUntil
`;

export interface PublicationFields {
  publicationState: string | null;
  publicationDisplay: string | null;
  availableActions: PublicationAction[];
  releaseAt: string | null;
  reviewComment: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  publicFrom: string | null;
  publicUntil: string | null;
}

export const TRANSITION_OBSERVATION_MUTATION = /* GraphQL */ `
  mutation AdminTransitionObservation($input: TransitionObservationInput!) {
    transitionObservation(input: $input) {
      observation { id version publicationState publicationDisplay }
      userErrors { field message code }
    }
  }
`;

export interface TransitionInput {
  id: string;
  version: number;
  action: PublicationAction;
  comment?: string;
  reason?: string;
  releaseAt?: string;
}

export interface TransitionPayload {
  observation: { id: string; version: number; publicationState: string | null } | null;
  userErrors: { field: string[] | null; message: string; code: string | null }[];
}

/**
 * Every indicator with every vintage of its figures, for the review queue and the dashboard's card.
 * The top-level observations connection has no filter by publication state, so the queue reads the
 * indicators and keeps what is in review in the client; a server-side filter would be better once
 * there are many indicators and vintages. 20 indicators a page: with every vintage of each, 100 a page
 * is over the API's query cost limit.
 */
export const REVIEW_QUEUE_QUERY = /* GraphQL */ `
  query AdminReviewQueue($after: String) {
    indicators(first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        code
        name { ko en }
        unit
        observations(includeSuperseded: true) {
          id
          period
          periodLabel
          value
          vintage
          version
          recordedAt
          updatedAt
          supersededAt
          ${PUBLICATION_FIELDS}
        }
      }
    }
  }
`;
