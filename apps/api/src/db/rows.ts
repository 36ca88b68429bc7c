import {
  type Collection,
  type EntityManager,
  type EntityMetadata,
  type EntityName,
  type FilterQuery,
  type QueryOrderMap,
  type Reference,
  ReferenceKind,
} from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';

/** A reference as a read view holds it: the id of the record it points to. */
export interface IdRef {
  id: string;
}

/**
 * A record as the GraphQL read path needs it: its columns, each to-one reference as `{ id }` (null
 * when there is none or the caller may not see it), no collections. A managed entity is a Row of
 * itself, so object types declared over Rows serve both the read path and the mutations' entities.
 */
export type Row<E> = {
  [K in keyof E as NonNullable<E[K]> extends Collection<object> ? never : K]: NonNullable<
    E[K]
  > extends Reference<object>
    ? IdRef | Extract<E[K], null | undefined>
    : E[K];
};

export interface RowQuery<E> {
  orderBy?: QueryOrderMap<E> | QueryOrderMap<E>[];
  limit?: number;
  offset?: number;
  /**
   * false when the caller already chose the rows by what it may see (ids found by a statement that
   * applied the visibility itself): the entity manager's filters are then not applied again.
   */
  filters?: boolean | Record<string, boolean>;
  /**
   * A raw SQL condition on the rows (alias `e`) with its `?` parameters, for a choice the criteria
   * language cannot say in one statement — a correlated subquery, say — so that the rows come back
   * in the same round trip as the choice.
   */
  sql?: { condition: string; params: readonly unknown[] };
}

const TO_ONE = new Set([ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_ONE]);

/**
 * `em.find` without building entities, for pages and nested lists the API only reads. Hydrating a
 * managed entity (identity map, change tracking, reference wiring) costs tens of microseconds a
 * row, which a nested page of hundreds of rows multiplies into most of a request; a row is the
 * row the query returned, with its columns under their property names and converted as the entity
 * would be. What the caller may see is the same as with `em.find`: the entity manager's filters
 * apply to the rows, and a reference to a record they hide reads as null (the join MikroORM makes
 * for `autoJoinRefsForFilters`, made here explicitly).
 */
export async function findRows<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  where: FilterQuery<E>,
  query: RowQuery<E> = {},
): Promise<Row<E>[]> {
  const meta = em.getMetadata().find<E>(entity) as EntityMetadata<E>;
  const qb = (em as SqlEntityManager)
    .createQueryBuilder(meta.class as EntityName<E>, 'e')
    .select('e.*')
    .where(where);
  if (query.sql) qb.andWhere(query.sql.condition, [...query.sql.params]);
  if (query.orderBy) qb.orderBy(query.orderBy);
  if (query.limit != null) qb.limit(query.limit);
  if (query.offset != null) qb.offset(query.offset);
  if (query.filters !== false) await qb.applyFilters(query.filters === true ? {} : (query.filters ?? {}));

  // A to-one reference whose target the caller's filters restrict: joined under those filters, so
  // that a hidden target comes back without an id.
  const guarded: { name: string; alias: string }[] = [];
  // The to-one references a row holds a column for: many-to-one, and the owning side of one-to-one.
  const references = meta.relations.filter((prop) => TO_ONE.has(prop.kind) && (prop.owner ?? true));
  for (const prop of references) {
    const target = prop.targetMeta!;
    const cond = (await em.applyFilters(target.className, {}, {}, 'read')) as Record<string, unknown>;
    const scalar = Object.fromEntries(
      Object.entries(cond ?? {}).filter(
        ([key]) => target.properties[key as never]?.kind === ReferenceKind.SCALAR,
      ),
    );
    if (Object.keys(scalar).length === 0) continue;
    const alias = `v${guarded.length}`;
    qb.leftJoin(`e.${prop.name}`, alias, scalar as never);
    qb.addSelect(`${alias}.id as ${alias}__visible`);
    guarded.push({ name: prop.name, alias });
  }

  const rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  const platform = em.getPlatform();
  const converted = meta.props.filter((prop) => prop.customType && prop.kind === ReferenceKind.SCALAR);
  // An embedded value (a bilingual text, a capacity) comes back as its columns' flattened
  // properties (`description_ko`, …); a row holds it as the entity does, one object under its
  // name, or null when the embedding is nullable and every column is empty.
  const embedded = meta.props.filter((prop) => prop.kind === ReferenceKind.EMBEDDED && !prop.object);
  for (const row of rows) {
    for (const { name, alias } of guarded) {
      if (row[`${alias}__visible`] == null) row[name] = null;
      delete row[`${alias}__visible`];
    }
    for (const prop of references) {
      const value = row[prop.name];
      if (value != null && typeof value !== 'object') row[prop.name] = { id: value };
    }
    for (const prop of converted) {
      const value = row[prop.name];
      if (value != null) row[prop.name] = prop.customType!.convertToJSValue(value, platform);
    }
    for (const prop of embedded) {
      const parts = Object.entries(prop.embeddedProps).map(([key, child]) => {
        const value = row[child.name] ?? null;
        delete row[child.name];
        return [key, value] as const;
      });
      row[prop.name] =
        prop.nullable && parts.every(([, value]) => value == null) ? null : Object.fromEntries(parts);
    }
  }
  return rows as Row<E>[];
}

/**
 * A to-many collection (sources, programs…) of each of some records, rows or entities alike, in
 * one query for all of them: the records are loaded as entities with the collection populated.
 */
export async function collectionsOf<E extends { id: string }, K extends keyof E & string>(
  em: EntityManager,
  entity: EntityName<E>,
  records: readonly { id: string }[],
  property: K,
): Promise<(E[K] extends Collection<infer T> ? T : never)[][]> {
  const ids = [...new Set(records.map((record) => record.id))];
  const loaded = ids.length
    ? await em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<E>, {
        populate: [property] as never,
      })
    : [];
  const byId = new Map(loaded.map((record) => [record.id, record[property] as Collection<object>]));
  return records.map((record) => (byId.get(record.id)?.getItems() ?? []) as never);
}
