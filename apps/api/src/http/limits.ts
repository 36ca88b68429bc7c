import { IMPORT_FILE_BYTES_MAX } from '@bitgoeul/domain';

/** The largest request body accepted (a JSON import of IMPORT_ROWS_MAX ordinary rows fits in it). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The largest multipart/form-data body on /graphql: an uploaded sheet (IMPORT_FILE_BYTES_MAX) with its
 * operations field and the framing. The file and the fields are bounded again as they stream in.
 */
export const MAX_UPLOAD_BODY_BYTES = IMPORT_FILE_BYTES_MAX + MAX_BODY_BYTES;

/** Which body limit a request has: JSON and everything else 1 MiB; a GraphQL upload its own. */
export const bodyLimitOf = (contentType: string | undefined, isGraphQL: boolean) =>
  isGraphQL && /^multipart\/form-data\b/i.test(contentType ?? '') ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;

/**
 * Headers on every response: no sniffing, no framing, no referrer leaks. The admin page also
 * gets a Content-Security-Policy that allows only its own scripts and the API on the same origin
 * (MUI injects style elements, hence 'unsafe-inline' for styles only; GraphiQL runs inline
 * scripts and workers from blobs, so its page gets its own policy).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');
