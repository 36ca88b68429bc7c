import { pickLocale } from '@bitgoeul/domain';
import { GraphQLError } from 'graphql';
import {
  createLogger,
  type LogLevel,
  type MaskError,
  maskError as maskUnexpected,
  type Plugin,
  type YogaLogger,
} from 'graphql-yoga';
import { classifyFault, FAULT_MESSAGE, FAULT_RETRY_AFTER_SECONDS, type Fault } from '../db/faults.js';
import type { Logger } from '../log.js';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** Yoga turns `extensions.http` into the response's status and headers, and leaves it out of the body. */
const unavailableHttp = {
  status: 503,
  headers: { 'retry-after': String(FAULT_RETRY_AFTER_SECONDS) },
};

/** One JSON line per fault: its kind, the driver's code and words; never the SQL, never the values. */
export function logFault(log: Logger, fault: Fault, where: string) {
  log.error({ fault: fault.kind, code: fault.code, detail: fault.message, where }, 'database fault');
}

/**
 * Yoga's error mask, told apart: an infrastructure fault becomes SERVICE_UNAVAILABLE (503, Retry-After)
 * and is logged; anything else is masked as before ("Unexpected error.", 500).
 */
export function faultAwareMask(log: Logger): MaskError {
  return (error, message, isDev) => {
    const fault = classifyFault(error);
    if (!fault) return maskUnexpected(error, message, isDev);
    const located = error instanceof GraphQLError ? error : null;
    logFault(log, fault, located?.path?.join('.') ?? 'graphql');
    // Worded in Korean here; useFaultAnswers rewords it in the caller's language, which only the request knows.
    return new GraphQLError(FAULT_MESSAGE.ko, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions: { code: SERVICE_UNAVAILABLE, http: unavailableHttp },
    });
  };
}

/** Words every SERVICE_UNAVAILABLE error of a result in the caller's language (Accept-Language). */
export function useFaultAnswers(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      if (!result.errors.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) return;
      const message = FAULT_MESSAGE[pickLocale(request.headers.get('accept-language'))];
      setResult({
        ...result,
        errors: result.errors.map((e) =>
          e.extensions?.code === SERVICE_UNAVAILABLE && e instanceof GraphQLError
            ? new GraphQLError(message, {
                nodes: e.nodes,
                source: e.source,
                positions: e.positions,
                path: e.path,
                extensions: e.extensions,
              })
            : e,
        ),
      });
    },
  };
}

/**
 * The whole response for a fault met before GraphQL runs (looking up the caller's session): the
 * GraphQL error shape on /graphql, the /auth routes' own `{ error }` shape there.
 */
export function faultResponse(request: Request, path: string): Response {
  const message = FAULT_MESSAGE[pickLocale(request.headers.get('accept-language'))];
  const graphql = !path.startsWith('/auth/');
  const body = graphql
    ? { errors: [{ message, extensions: { code: SERVICE_UNAVAILABLE } }] }
    : { error: { code: SERVICE_UNAVAILABLE, message } };
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: {
      'content-type': graphql
        ? 'application/graphql-response+json; charset=utf-8'
        : 'application/json; charset=utf-8',
      ...unavailableHttp.headers,
    },
  });
}

/**
 * Yoga's own logger, less the lines it writes for a fault it masked: logFault has written that one
 * already, as JSON and without the SQL statement (which carries the values written).
 */
export function faultQuietLogger(level: LogLevel): YogaLogger {
  const yogaLog = createLogger(level);
  return {
    ...yogaLog,
    error: (...args: unknown[]) => {
      if (args.length === 1 && classifyFault(args[0])) return;
      yogaLog.error(...args);
    },
  };
}
