import { HttpError } from 'react-admin';
import { session } from '../auth/session';
import type { FetchLike } from '../http/fetchLike';

export type { FetchLike };

export interface GraphqlClientOptions {
  /** Where the API answers; the admin is served by the API itself, so a same-origin path. */
  endpoint?: string;
  fetch?: FetchLike;
  /** The UI's current language, so that the server writes its messages in it. */
  getLocale: () => string;
}

export type GraphqlRequest = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * An operation with files (the GraphQL multipart request spec): `files` by their path in the
 * variables, e.g. `{ 'input.file': file }`.
 */
export type GraphqlUpload = <T>(
  query: string,
  variables: Record<string, unknown>,
  files: Record<string, Blob>,
) => Promise<T>;

interface GraphqlErrorBody {
  message: string;
  extensions?: { code?: string };
}

interface GraphqlResponseBody<T> {
  data?: T | null;
  errors?: GraphqlErrorBody[];
}

// react-admin branches on the status (404 shows "not found", 401/403 reach the auth provider).
const STATUS_BY_CODE: Record<string, number> = {
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
};

function transport(options: GraphqlClientOptions) {
  const endpoint = options.endpoint ?? '/graphql';
  // Called through a wrapper: a detached `window.fetch` throws "Illegal invocation".
  const send: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  return async <T>(body: BodyInit, contentType: Record<string, string>): Promise<T> => {
    const response = await send(endpoint, {
      method: 'POST',
      headers: {
        ...contentType,
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': options.getLocale(),
        // The session's CSRF token: the API refuses a cookie-authenticated POST without it.
        ...session.csrfHeader(),
      },
      body,
    });
    return answerOf<T>(response);
  };
}

async function answerOf<T>(response: Response): Promise<T> {
  const body = await readJson<GraphqlResponseBody<T>>(response);
  if (body?.errors?.length) {
    const first = body.errors[0]!;
    const code = first.extensions?.code;
    const status = (code && STATUS_BY_CODE[code]) || (response.ok ? 500 : response.status);
    throw new HttpError(body.errors.map((e) => e.message).join('\n'), status, body);
  }
  if (!response.ok || !body?.data) {
    throw new HttpError(response.statusText || 'ra.notification.http_error', response.status, body);
  }
  return body.data;
}

export function createGraphqlClient(options: GraphqlClientOptions): GraphqlRequest {
  const post = transport(options);
  return <T>(query: string, variables: Record<string, unknown> = {}) =>
    post<T>(JSON.stringify({ query, variables }), { 'Content-Type': 'application/json' });
}

/** Uploads go as multipart/form-data; the browser writes its Content-Type, with the boundary. */
export function createGraphqlUpload(options: GraphqlClientOptions): GraphqlUpload {
  const post = transport(options);
  return <T>(query: string, variables: Record<string, unknown>, files: Record<string, Blob>) => {
    const form = new FormData();
    const paths = Object.keys(files);
    form.set('operations', JSON.stringify({ query, variables: withNulls(variables, paths) }));
    form.set('map', JSON.stringify(Object.fromEntries(paths.map((path, i) => [i, [`variables.${path}`]]))));
    paths.forEach((path, i) => {
      const file = files[path]!;
      form.set(String(i), file, (file as File).name ?? 'upload');
    });
    return post<T>(form, {});
  };
}

/** The variables with null where each file goes, as the multipart spec has it. */
function withNulls(variables: Record<string, unknown>, paths: readonly string[]) {
  const copy = structuredClone(variables) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let at = copy;
    for (const key of keys.slice(0, -1)) {
      if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
      at = at[key] as Record<string, unknown>;
    }
    at[keys.at(-1)!] = null;
  }
  return copy;
}

async function readJson<T>(response: Response): Promise<T | undefined> {
  // A proxy or gateway in front of the API may answer with HTML; that is an HTTP failure, not a parse failure.
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
