import { roleIncludes } from '@bitgoeul/domain';
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import { COST_MODEL, PAGE_ITEMS_COST } from './limits.js';

export type Scalars = {
  Date: { Input: string; Output: string };
  DateTime: { Input: Date; Output: Date | string };
  // A GeoJSON object (RFC 7946), checked by the domain's schemas where it is accepted.
  GeoJSON: { Input: unknown; Output: unknown };
  // Any JSON value: an audit event's snapshots and the values in its field changes.
  JSON: { Input: unknown; Output: unknown };
  // A file sent with the GraphQL multipart request spec; input only.
  File: { Input: File; Output: never };
};

/** The schema builder with its plugins and scalars. Types live in the modules, never here. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: Scalars;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  // Every connection can count its whole result, lazily (see pageOf in connection.ts).
  Connection: { totalCount: () => Promise<number> };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  AuthScopes: { signedIn: boolean; editor: boolean; admin: boolean };
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  // What each field costs; the limit is applied per request in limits.ts, with the variables sent.
  complexity: COST_MODEL,
  scopeAuth: {
    authScopes: ({ caller }) => ({
      signedIn: caller.user !== null,
      editor: caller.user !== null && roleIncludes(caller.user.role, 'EDITOR'),
      admin: caller.user !== null && roleIncludes(caller.user.role, 'ADMIN'),
    }),
    unauthorizedError: (_parent, { caller, locale }) =>
      new GraphQLError(
        caller.user
          ? locale === 'ko'
            ? '이 작업을 할 권한이 없습니다.'
            : 'Your role does not allow this.'
          : locale === 'ko'
            ? '로그인이 필요합니다.'
            : 'Sign in first.',
        { extensions: { code: caller.user ? 'FORBIDDEN' : 'UNAUTHENTICATED' } },
      ),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, complexity: PAGE_ITEMS_COST },
    // A connection's own cost counts its page (connectionCost); its rows are not counted twice.
    nodesOnConnection: { complexity: PAGE_ITEMS_COST },
    nodeFieldOptions: { nullable: false },
    // node / nodes are defined in nodes.ts: an id naming nothing the caller may see reads as null.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});

builder.queryType({});
// Anonymous callers and viewers read; every change needs an editor (admin-only fields add their own scope).
builder.mutationType({ authScopes: { editor: true } });

/** The schema's type parameters, for helpers that take or return refs of this builder. */
export type SchemaTypes = typeof builder.$inferSchemaTypes;
