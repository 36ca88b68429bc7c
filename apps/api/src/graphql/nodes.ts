import { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { seesOnlyPublic } from '../auth/visibility.js';
import { isStoreId } from '../db/ids.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { badInput, MissingRecord } from './errors.js';

type NodeId = { typename: string; id: string };

/**
 * What an id argument of `node` / `nodes` names. An id that is not a global id at all is refused
 * with the argument's name, as every other id argument is (`program(id: "!!!")`). A global id that
 * decodes but names nothing loadable — another kind of type, a key that is not a stored id — names
 * no record, so it reads exactly like an unknown or a hidden record: null, without touching the store.
 */
function nodeIdOf(value: unknown, argument: string, ctx: Context, info: GraphQLResolveInfo): NodeId | null {
  let decoded: NodeId;
  try {
    decoded = decodeGlobalID(String(value));
  } catch {
    throw badInput(`${argument}: "${String(value)}" is not a valid id`, { field: argument });
  }
  const type = info.schema.getType(decoded.typename);
  const isNode =
    type !== undefined &&
    'getInterfaces' in type &&
    type.getInterfaces().some((i) => i.name === 'Node') &&
    builder.configStore.getTypeConfig(decoded.typename).kind === 'Object';
  if (!isNode || !isStoreId(decoded.id)) return null;
  // Types guarded as a whole (accounts, tokens, the audit log) are never shown to an anonymous
  // caller: their ids read as unknown rather than refused, which would tell that they exist.
  const guarded = (
    builder.configStore.getTypeConfig(decoded.typename).pothosOptions as { authScopes?: unknown }
  ).authScopes;
  return guarded && seesOnlyPublic(ctx.caller) ? null : decoded;
}

/**
 * Loads through each type's own loader (and so through the request's visibility filters). A record
 * that is absent or hidden is null in place; a failing store stays an error.
 */
async function load(ids: (NodeId | null)[], ctx: Context, info: GraphQLResolveInfo) {
  const loaded = await resolveNodes(builder, ctx, info, ids);
  return loaded.map((value) => (value instanceof MissingRecord ? null : value));
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any record by its global id; null when there is none the caller may see.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx, info) => {
      const [node] = await load([nodeIdOf(args.id, 'id', ctx, info)], ctx, info);
      return (node ?? null) as never;
    },
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      'Records by their global ids, in the same order; null in place of each the caller may not see.',
    args: { ids: t.arg.idList({ required: true }) },
    complexity: (args) => ({ field: 1, multiplier: args.ids.length }),
    resolve: (_, args, ctx, info) =>
      load(
        args.ids.map((id, i) => nodeIdOf(id, `ids.${i}`, ctx, info)),
        ctx,
        info,
      ) as never,
  }),
}));
