import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';

/**
 * What one request may ask for. Set so that the admin panel's largest real query (a list with
 * its relations, a record's show page) passes with room to spare, while a query built to exhaust
 * the server is refused before it runs. Each refusal names the limit.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 5000,
  maxDirectives: 30,
  maxCost: 20000,
} as const;

// Report a refusal as a validation error (HTTP 400 under GraphQL over HTTP) instead of throwing it.
const asValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

export function useQueryLimits() {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...asValidationError },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...asValidationError },
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...asValidationError },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ...asValidationError,
    },
    // "Did you mean …?" hints are for development only; they map the schema for a stranger.
    blockFieldSuggestion: { enabled: process.env.NODE_ENV === 'production' || !process.env.NODE_ENV },
  });
}
