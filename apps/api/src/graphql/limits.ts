import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, type ValidationContext, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';

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

/**
 * How many rows a plain list of related records (`zone.facilities`, `program.children`…) is
 * counted as. These lists are not paged, so no argument says how long they are; 10 is the fan-out
 * of the largest real data (the benchmark's 10 facilities per zone) and keeps its nested query
 * (25 zones → facilities → indicators → latest figure) within the limit.
 */
export const LIST_ROWS = 10;

/**
 * The cost of a query, computed by @pothos/plugin-complexity from the values actually sent
 * (variables included, defaults applied): every field selected costs 1, and what is selected under
 * a list is counted once per row it can hold — a connection's page (`first`/`last`, else the
 * default page; the page's rows count too, see connectionCost), `nodes(ids:)` its ids, a plain
 * list LIST_ROWS.
 */
export const COST_MODEL = { defaultComplexity: 1, defaultListMultiplier: LIST_ROWS, disabled: true };

/** A connection's `edges` and `nodes`: the connection field already counted its page. */
export const PAGE_ITEMS_COST = { field: 1, multiplier: 1 };

// Report a refusal as a validation error (HTTP 400 under GraphQL over HTTP) instead of throwing it.
const asValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

const COST_REFUSED = 'QUERY_TOO_COSTLY';

/**
 * The cost limit, evaluated per request just before execution, when the variables are known. It
 * cannot be a validation rule: Yoga caches validation by document, and the cost depends on them.
 */
function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = args.variableValues;
      const rule = createComplexityRule({
        context: args.contextValue as object,
        variableValues: variables && typeof variables === 'object' ? { ...variables } : {},
        operationName: args.operationName ?? null,
        validate: ({ complexity }, report) => {
          if (complexity <= maxCost) return;
          report(
            new GraphQLError(`Query Cost limit of ${maxCost} exceeded, found ${complexity}.`, {
              // A refusal of the request as written: HTTP 400, as Yoga answers the other limits.
              extensions: { code: COST_REFUSED, cost: complexity, limit: maxCost, http: { status: 400 } },
            }),
          );
        },
      });
      // Variables that do not fit their types are execution's to report, in its own words.
      const refusals = validate(args.schema, args.document, [rule]).filter(
        (error) => error.extensions.code === COST_REFUSED,
      );
      if (refusals.length) setResultAndStopExecution({ errors: refusals });
    },
  };
}

const SUGGESTION = / *Did you mean [^?]*\?/g;

/**
 * "Did you mean …?" hints (fields, arguments, types, enum values) are for development only: they
 * map the schema for a stranger. Stripped from validation errors and from execution's (a variable's
 * value is checked there).
 */
function useNoSuggestions(): Plugin {
  const strip = (errors: readonly Error[] | undefined) => {
    for (const error of errors ?? []) error.message = error.message.replace(SUGGESTION, '');
  };
  return {
    onValidate:
      () =>
      ({ result }) =>
        strip(result),
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if ('errors' in result) strip(result.errors);
      },
    }),
  };
}

export interface QueryLimitOptions {
  /** Keep "Did you mean …?" hints in error messages (development). */
  suggestions?: boolean;
}

export function useQueryLimits({ suggestions = false }: QueryLimitOptions = {}): Plugin {
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...asValidationError },
      maxAliases: { n: QUERY_LIMITS.maxAliases, ...asValidationError },
      maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: true },
      maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...asValidationError },
      // Cost needs the variables: see useCostLimit.
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: false },
    }),
    useCostLimit(QUERY_LIMITS.maxCost),
  ];
  if (!suggestions) plugins.push(useNoSuggestions());
  return {
    onPluginInit({ addPlugin }) {
      for (const plugin of plugins) addPlugin(plugin);
    },
  };
}
