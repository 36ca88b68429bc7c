import { IMPORT_FILE_BYTES_MAX, pickLocale } from '@bitgoeul/domain';
import { createFetch } from '@whatwg-node/fetch';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { MAX_BODY_BYTES } from '../http/limits.js';

/**
 * Multipart requests (the GraphQL multipart request spec) as the import mutations take them: one file
 * of at most IMPORT_FILE_BYTES_MAX, and the operations field no larger than a JSON body may be, so that
 * the upload route cannot carry JSON rows past the JSON limit. The parser counts bytes as they stream
 * in and stops at the limit: an oversized file is never held whole.
 */
export const uploadFetchAPI = () =>
  createFetch({
    formDataLimits: {
      fileSize: IMPORT_FILE_BYTES_MAX,
      files: 1,
      fieldSize: MAX_BODY_BYTES,
      fields: 4,
    },
  });

const TOO_LARGE = {
  ko: `파일이 너무 큽니다. 최대 ${IMPORT_FILE_BYTES_MAX.toLocaleString('en-US')}바이트(20 MiB)까지 가져올 수 있습니다.`,
  en: `The file is too large; at most ${IMPORT_FILE_BYTES_MAX.toLocaleString('en-US')} bytes (20 MiB) can be imported.`,
};

/** Yoga refuses an oversized file with 413 in its own English words; the caller gets them in their language. */
export function useUploadLimits(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (req) => {
        try {
          return await requestParser(req);
        } catch (error) {
          const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
          if (code !== 'REQUEST_ENTITY_TOO_LARGE') throw error;
          const locale = pickLocale(request.headers.get('accept-language'));
          throw createGraphQLError(TOO_LARGE[locale], {
            extensions: {
              http: { status: 413 },
              code: 'REQUEST_ENTITY_TOO_LARGE',
              max: IMPORT_FILE_BYTES_MAX,
            },
          });
        }
      });
    },
  };
}
