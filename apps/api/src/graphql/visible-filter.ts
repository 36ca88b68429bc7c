import type { EntityName } from '@mikro-orm/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { type GraphQLInputType, getNamedType, getNullableType, isInputObjectType, isListType } from 'graphql';
import { isStoreId } from '../db/ids.js';
import type { Context } from './context.js';

/** A key no stored record has (every stored id is a random version-4 UUID). */
const NO_RECORD = '00000000-0000-0000-0000-000000000000';

type Visit = (id: string) => string;

/** Walks an input value along its GraphQL type and hands every ID in it to `visit`. */
function mapIds(value: unknown, type: GraphQLInputType, visit: Visit): unknown {
  if (value == null) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return Array.isArray(value) ? value.map((item) => mapIds(item, nullable.ofType, visit)) : value;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, field]) => [
        key,
        fields[key] ? mapIds(field, fields[key].type, visit) : field,
      ]),
    );
  }
  return getNamedType(nullable).name === 'ID' ? visit(String(value)) : value;
}

function decoded(id: string): { typename: string; id: string } | null {
  try {
    return decodeGlobalID(id);
  } catch {
    return null;
  }
}

/**
 * A filter in which every id the caller may not see is replaced by an id of the same type that
 * names no record. A filter naming a hidden record (`facilities(filter: { zone: { eq: <hidden> } })`)
 * then answers exactly as one naming a record that does not exist — same rows, same count, same
 * errors — instead of revealing, through what it matches, that the hidden record is there.
 *
 * Visibility is the request's own: each id is looked up through the caller's EntityManager, whose
 * filters hide what the caller may not see (auth/visibility.ts). One query per type named.
 */
export async function withoutUnseenIds<V>(value: V, type: GraphQLInputType, ctx: Context): Promise<V> {
  const wanted = new Map<string, Set<string>>();
  mapIds(value, type, (id) => {
    const global = decoded(id);
    if (global && isStoreId(global.id) && ctx.em.getMetadata().find(global.typename)) {
      const keys = wanted.get(global.typename) ?? new Set();
      wanted.set(global.typename, keys.add(global.id));
    }
    return id;
  });
  if (wanted.size === 0) return value;
  const seen = new Set<string>();
  for (const [typename, keys] of wanted) {
    // Ids only, outside the identity map: a partial row there would be handed to later resolvers.
    const rows = await ctx.em.find(
      typename as EntityName<{ id: string }>,
      { id: { $in: [...keys] } },
      { fields: ['id'], disableIdentityMap: true },
    );
    for (const row of rows) seen.add(`${typename}:${row.id}`);
  }
  return mapIds(value, type, (id) => {
    const global = decoded(id);
    if (!global || !wanted.has(global.typename) || !isStoreId(global.id)) return id;
    return seen.has(`${global.typename}:${global.id}`) ? id : encodeGlobalID(global.typename, NO_RECORD);
  }) as V;
}
