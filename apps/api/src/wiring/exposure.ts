import { type Locale, pickLocale } from '@bitgoeul/domain';
// GraphiQL's assets are served from the package, not a CDN: it works on a closed network.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';
import { type GraphQLParams, type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';
import { mediaType } from '../http/auth-routes.js';
import { callerOf } from './auth-plugin.js';

const MESSAGES = {
  INTROSPECTION_DISABLED: {
    ko: '로그인하지 않은 사용자에게는 스키마 조회(__schema, __type)를 허용하지 않습니다. 로그인하거나 API 토큰을 사용하세요.',
    en: 'Schema introspection (__schema, __type) is off for anonymous callers; sign in or use an API token.',
  },
  INVALID_JSON: {
    ko: '요청 본문이 올바른 JSON이 아닙니다.',
    en: 'The request body is not valid JSON.',
  },
  NOT_AN_OBJECT: {
    ko: '요청 본문은 query 필드가 있는 JSON 객체여야 합니다.',
    en: 'The request body must be a JSON object with a "query" field.',
  },
} as const;

const badRequest = (code: 'INVALID_JSON' | 'NOT_AN_OBJECT', locale: Locale) =>
  new GraphQLError(MESSAGES[code][locale], { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });

/**
 * Refuses `__schema` and `__type` anywhere in the document (fragments included). One rule per language,
 * each with its own name: Yoga caches validation results by the names of the rules applied.
 */
const noIntrospection = Object.fromEntries(
  (['ko', 'en'] as const).map((locale) => {
    const rule = (context: ValidationContext): ASTVisitor => ({
      Field(node) {
        if (node.name.value !== '__schema' && node.name.value !== '__type') return;
        context.reportError(
          new GraphQLError(MESSAGES.INTROSPECTION_DISABLED[locale], {
            nodes: node,
            extensions: { code: 'INTROSPECTION_DISABLED' },
          }),
        );
      },
    });
    Object.defineProperty(rule, 'name', { value: `NoAnonymousIntrospection_${locale}` });
    return [locale, rule];
  }),
) as Record<Locale, (context: ValidationContext) => ASTVisitor>;

const GRAPHIQL_SIGN_IN = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>Bitgoeul GraphQL</title></head>
<body>
<p>GraphiQL은 로그인한 사용자만 쓸 수 있습니다. <a href="/">관리 화면</a>에서 로그인한 뒤 이 페이지를 새로 고치세요.</p>
<p lang="en">GraphiQL is for signed-in users. Sign in on the <a href="/">admin panel</a>, then reload this page.</p>
</body></html>
`;

const isJson = (request: Request) =>
  mediaType(request) === 'application/json' || mediaType(request) === 'application/graphql+json';

/**
 * What a stranger sees of the API. Anonymous callers get introspection and GraphiQL only when
 * `publicIntrospection` is on; a signed-in caller (session or token) always does. A body that is not
 * JSON is named as such, without the JSON parser's own message and position (Yoga would pass those on).
 * Runs after the authentication plugin, which has already decided who is calling.
 */
export function useExposure({
  publicIntrospection,
  graphiql,
}: {
  publicIntrospection: boolean;
  graphiql: boolean;
}): Plugin {
  const anonymousRefused = (request: Request) => !publicIntrospection && !callerOf(request).user;
  return {
    onRequest({ request, url, endResponse }) {
      if (!graphiql || url.pathname !== '/graphql' || !shouldRenderGraphiQL(request)) return;
      // 404 with a short page rather than 401: there is no HTTP challenge for a cookie session, and the
      // page says what to do (the panel's sign-in gives this browser the cookie GraphiQL then uses).
      endResponse(
        anonymousRefused(request)
          ? new Response(GRAPHIQL_SIGN_IN, {
              status: 404,
              headers: { 'content-type': 'text/html; charset=utf-8' },
            })
          : new Response(renderGraphiQL({ title: 'Bitgoeul GraphQL' }), {
              headers: { 'content-type': 'text/html; charset=utf-8' },
            }),
      );
    },
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST' || !isJson(request)) return;
      const locale = pickLocale(request.headers.get('accept-language'));
      setRequestParser(async (req) => {
        const text = await req.text();
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          throw badRequest('INVALID_JSON', locale);
        }
        // An array passes on, for the batching check to refuse with its own message.
        if (body === null || typeof body !== 'object') throw badRequest('NOT_AN_OBJECT', locale);
        return body as GraphQLParams | GraphQLParams[];
      });
    },
    onValidate({ context, addValidationRule }) {
      const { request } = context as { request: Request };
      if (anonymousRefused(request)) {
        addValidationRule(noIntrospection[pickLocale(request.headers.get('accept-language'))]);
      }
    },
  };
}
