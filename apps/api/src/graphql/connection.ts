import { createHash } from 'node:crypto';
import {
  Cursor,
  type EntityManager,
  type EntityMetadata,
  type EntityName,
  type EntityProperty,
  type FilterQuery,
  type QueryOrderMap,
  ReferenceKind,
} from '@mikro-orm/core';
import type { InputFieldMap, InputObjectRef, ObjectRef, ArgBuilder as PothosArgBuilder } from '@pothos/core';
import { cursorToOffset, offsetToCursor, resolveOffsetConnection } from '@pothos/plugin-relay';
import { seesOnlyPublic } from '../auth/visibility.js';
import { builder } from './builder.js';
import { OrderDirection } from './common.js';
import type { Context } from './context.js';
import { badInput } from './errors.js';
import type { OrderInput } from './filters.js';
import { withoutUnseenIds } from './visible-filter.js';

export const PAGE_DEFAULT = 20;
export const PAGE_MAX = 100;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  offset?: number | null;
}

/** What a connection lists: rows of one entity, filtered and ordered, each shown as a node. */
export interface PageSource<E extends object, N> {
  em: EntityManager;
  entity: EntityName<E>;
  /** Called once per query: raw SQL fragments in a filter can be used only once. */
  where: () => FilterQuery<E>;
  /** Must end with the primary key, so that the order is total and pages never overlap. */
  orderBy: readonly QueryOrderMap<E>[];
  node: (row: E) => N;
}

export interface Page<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: {
    startCursor: string | null;
    endCursor: string | null;
    hasPreviousPage: boolean;
    hasNextPage: boolean;
  };
  /** Counting costs a query; only a client that asks for totalCount pays for it. */
  totalCount: () => Promise<number>;
}

type Direction = 'asc' | 'desc';

function directionOf(direction: unknown): Direction {
  return direction === -1 || String(direction).toLowerCase().startsWith('desc') ? 'desc' : 'asc';
}

/** A raw fragment's key carries a serial number; the SQL itself is what names the ordering. */
function orderKeyName(key: string): string {
  return key.replace(/ \(#\d+\)$/, '');
}

function propertyOf<E extends object>(meta: EntityMetadata<E>, key: string): EntityProperty | undefined {
  return (meta.properties as Record<string, EntityProperty | undefined>)[key];
}

const KEYSET_TYPES = new Set(['string', 'number', 'boolean', 'Date']);

/**
 * The ordering as plain `asc`/`desc` on stored columns when it can be keyset-paged, else null.
 *
 * MikroORM's cursor (`em.findByCursor`) seeks with `>`/`<` on each ordered property, so keyset paging
 * needs every ordered property to be a plain column that is never NULL: `Cursor.from` refuses a row
 * whose value is missing, a seek condition compares nothing to NULL, and the seek query drops the
 * `nulls last` we order by. It also needs the order to end with the primary key (a total order).
 * Orderings that miss any of this are paged by OFFSET instead, with offset cursors:
 * - an optional column: NAME_EN wherever offered; programs' PROGRESS, PLANNED_START, PLANNED_END; zones'
 *   DESIGNATED_ON; benefit rules' EFFECTIVE_TO; exemptions' VALID_FROM (their default) and VALID_TO;
 *   milestones' PLANNED_ON and ACTUAL_ON; the audit log (entityVersion is empty for some events);
 * - a computed ordering: milestones' DATE (their default), `coalesce(actual_on, planned_on)`.
 */
function keysetOrder<E extends object>(
  meta: EntityMetadata<E>,
  orderBy: readonly QueryOrderMap<E>[],
): QueryOrderMap<E>[] | null {
  const order: Record<string, Direction>[] = [];
  for (const map of orderBy) {
    for (const [key, direction] of Object.entries(map)) {
      const prop = propertyOf(meta, key);
      if (
        !prop ||
        prop.kind !== ReferenceKind.SCALAR ||
        prop.nullable ||
        !KEYSET_TYPES.has(prop.runtimeType)
      ) {
        return null;
      }
      order.push({ [key]: directionOf(direction) });
    }
  }
  const last = Object.keys(order.at(-1) ?? {})[0];
  if (!last || !(meta.primaryKeys as string[]).includes(last)) return null;
  return order as QueryOrderMap<E>[];
}

/** A value read back from a keyset cursor must fit its column, or the database would fail on it. */
function fitsColumn(prop: EntityProperty, value: unknown): boolean {
  switch (prop.runtimeType) {
    case 'Date':
      return value instanceof Date && !Number.isNaN(value.getTime());
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      if (typeof value !== 'string') return false;
      if (prop.type === 'uuid')
        return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
      if (prop.type === 'DateType' || prop.type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value);
      return true;
    default:
      return false;
  }
}

/**
 * Cursors of one connection under one ordering. Opaque to clients: base64url of
 * `[ordering, position]`, where the position is MikroORM's keyset cursor (the row's ordered values)
 * or, for orderings paged by offset, the row's offset. The ordering is a short hash of the entity and
 * its order, so a cursor from another connection or another orderBy is refused, not misread.
 */
class Cursors<E extends object> {
  private readonly ordering: string;

  constructor(
    private readonly meta: EntityMetadata<E>,
    orderBy: readonly QueryOrderMap<E>[],
    private readonly keyset: QueryOrderMap<E>[] | null,
  ) {
    const order = orderBy
      .flatMap((map) => Object.entries(map).map(([key, dir]) => `${orderKeyName(key)} ${String(dir)}`))
      .join(',');
    this.ordering = createHash('sha256')
      .update(`${meta.className}|${order}`)
      .digest('base64url')
      .slice(0, 12);
  }

  encode(position: string | number): string {
    return Buffer.from(JSON.stringify([this.ordering, position])).toString('base64url');
  }

  /** The keyset cursor of a row, whatever way its page was found. */
  forRow(row: E): string {
    return this.encode(Cursor.for(this.meta, row as never, this.keyset as never));
  }

  private position(argument: 'after' | 'before', cursor: string): unknown {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      // Reported below with the argument's name.
    }
    if (!Array.isArray(decoded) || decoded.length !== 2 || decoded[0] !== this.ordering) {
      throw notACursor(argument, cursor);
    }
    return decoded[1];
  }

  /** MikroORM's keyset cursor inside one of ours, checked value by value against the ordered columns. */
  keysetPosition(argument: 'after' | 'before', cursor: string): string {
    const position = this.position(argument, cursor);
    const order = this.keyset!.flatMap((map) => Object.keys(map));
    let values: unknown;
    try {
      values = typeof position === 'string' ? Cursor.decode(position) : null;
    } catch {
      values = null;
    }
    if (
      !Array.isArray(values) ||
      values.length !== order.length ||
      !values.every((value, i) => {
        const prop = propertyOf(this.meta, order[i]!);
        return prop !== undefined && fitsColumn(prop, value);
      })
    ) {
      throw notACursor(argument, cursor);
    }
    return position as string;
  }

  offsetPosition(argument: 'after' | 'before', cursor: string): number {
    const position = this.position(argument, cursor);
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
      throw notACursor(argument, cursor);
    }
    return position;
  }
}

function notACursor(argument: string, cursor: string) {
  return badInput(`${argument}: "${cursor}" is not a cursor from this connection`, { argument });
}

/**
 * What a connection costs (see limits.ts), from the values sent. Its page holds `first`/`last` rows
 * (the smaller if both), else the default page: what is selected under it counts once per row, and
 * the rows themselves count once each, since the page is read from the store whatever is selected.
 * A size past the maximum counts as asked: a huge one is refused by its cost before anything runs.
 */
export function connectionCost(args: PageArgs) {
  const sizes = [args.first, args.last].filter((n): n is number => typeof n === 'number');
  const rows = Math.max(0, sizes.length ? Math.min(...sizes) : PAGE_DEFAULT);
  return { field: 1 + rows, multiplier: rows };
}

function checkArgs(args: PageArgs) {
  for (const key of ['first', 'last'] as const) {
    const size = args[key];
    if (size != null && (size < 0 || size > PAGE_MAX)) {
      throw badInput(`${key} must be between 0 and ${PAGE_MAX}; got ${size}`, {
        argument: key,
        max: PAGE_MAX,
      });
    }
  }
  if (args.offset != null) {
    if (args.offset < 0)
      throw badInput(`offset must not be negative; got ${args.offset}`, { argument: 'offset' });
    if (args.after || args.before)
      throw badInput('offset cannot be combined with after or before', { argument: 'offset' });
  }
}

function pageInfo<N>(edges: Page<N>['edges'], hasPreviousPage: boolean, hasNextPage: boolean) {
  return {
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
    hasPreviousPage,
    hasNextPage,
  };
}

/** Seeks past `after` / before `before` by the ordered values (MikroORM's `findByCursor`). */
async function keysetPage<E extends object, N>(
  args: PageArgs,
  source: PageSource<E, N>,
  orderBy: QueryOrderMap<E>[],
  cursors: Cursors<E>,
): Promise<Omit<Page<N>, 'totalCount'>> {
  const after = args.after == null ? undefined : cursors.keysetPosition('after', args.after);
  const before = args.before == null ? undefined : cursors.keysetPosition('before', args.before);
  // Relay's rule: `first` counts from the start (after `after`), `last` from the end (before `before`).
  const backward = args.first == null && args.last != null;
  const size = backward ? args.last! : (args.first ?? PAGE_DEFAULT);
  const page = await source.em.findByCursor(source.entity, source.where(), {
    // MikroORM reads `last: 0` as no `last`; one row is enough to tell whether any come before.
    ...(backward ? { last: Math.max(size, 1) } : { first: size }),
    after,
    before,
    orderBy: orderBy as never,
    includeCount: false,
  });
  let rows = page.items as E[];
  let hasPreviousPage = page.hasPrevPage;
  if (backward && size === 0) {
    hasPreviousPage ||= rows.length > 0;
    rows = [];
  }
  // Both first and last: the last `last` of the first `first`.
  if (!backward && args.last != null && rows.length > args.last) {
    rows = rows.slice(rows.length - args.last);
    hasPreviousPage = true;
  }
  const edges = rows.map((row) => ({ cursor: cursors.encode(page.from(row)), node: source.node(row) }));
  return { edges, pageInfo: pageInfo(edges, hasPreviousPage, page.hasNextPage) };
}

/**
 * LIMIT/OFFSET: for the `offset` argument (page-number screens jump straight to a page) and for
 * orderings that cannot be keyset-paged. Under a keyset ordering the rows still get keyset cursors,
 * so a client can jump to a page by number and walk on from it with `after`.
 */
async function offsetPage<E extends object, N>(
  args: PageArgs,
  source: PageSource<E, N>,
  cursors: Cursors<E>,
  keyset: boolean,
  count: () => Promise<number>,
): Promise<Omit<Page<N>, 'totalCount'>> {
  const asOffset = (key: 'after' | 'before') => {
    const cursor = args[key];
    return cursor == null ? undefined : offsetToCursor(cursors.offsetPosition(key, cursor));
  };
  const after = args.offset ? offsetToCursor(args.offset - 1) : asOffset('after');
  let before = asOffset('before');
  // `last` alone means the end of the list, which by offset is only known by counting.
  if (args.last != null && args.first == null && before == null) before = offsetToCursor(await count());
  const connection = await resolveOffsetConnection(
    {
      args: { first: args.first, last: args.last, after, before },
      defaultSize: PAGE_DEFAULT,
      maxSize: PAGE_MAX,
    },
    ({ limit, offset }) =>
      source.em.find(source.entity, source.where(), { orderBy: source.orderBy as never, limit, offset }),
  );
  // Every row is an edge: none of these lists holds a null.
  const edges = connection.edges.map((edge) => ({
    cursor: keyset ? cursors.forRow(edge!.node) : cursors.encode(cursorToOffset(edge!.cursor)),
    node: source.node(edge!.node),
  }));
  return {
    edges,
    pageInfo: pageInfo(edges, connection.pageInfo.hasPreviousPage, connection.pageInfo.hasNextPage),
  };
}

/**
 * One page of a connection, the Relay way. Keyset (seek) paging where the ordering allows it (see
 * `keysetOrder`), so that rows written meanwhile never make a client see a row twice or miss one;
 * OFFSET otherwise and for `offset`. Out-of-range sizes are refused rather than silently clamped,
 * so a client learns the limit.
 */
export async function pageOf<E extends object, N>(
  args: PageArgs,
  source: PageSource<E, N>,
): Promise<Page<N>> {
  checkArgs(args);
  const meta = source.em.getMetadata(source.entity);
  const keyset = keysetOrder(meta, source.orderBy);
  const cursors = new Cursors(meta, source.orderBy, keyset);
  let counted: Promise<number> | undefined;
  const count = () => (counted ??= source.em.count(source.entity, source.where()));
  const page =
    keyset && args.offset == null
      ? await keysetPage(args, source, keyset, cursors)
      : await offsetPage(args, source, cursors, keyset !== null, count);
  return { ...page, totalCount: count };
}

type Types = typeof builder.$inferSchemaTypes;
type ArgBuilder = PothosArgBuilder<Types>;
/** A connection query's arguments as its resolver gets them, module-specific ones included. */
type ConnectionArgs<F, O extends string> = PageArgs & {
  filter?: F | null;
  orderBy?: OrderInput<O>;
} & Record<string, unknown>;

/** The order a connection's `orderBy` argument offers, or the one fixed order it always uses. */
export type ConnectionOrder<E extends object, O extends string> =
  | {
      /** The `XOrderField` values, each naming what it orders by. */
      fields: Readonly<Record<O, unknown>>;
      /** The asked order (or the default), ending with the id. */
      build: (orderBy: OrderInput<O>) => QueryOrderMap<E>[];
    }
  | { fixed: readonly QueryOrderMap<E>[] };

export interface ConnectionQueryOptions<E extends object, F, O extends string, N> {
  /** The query field, e.g. `programs`. */
  field: string;
  /** Names the connection (`ProgramConnection`) and its order inputs (`ProgramOrderBy`, `ProgramOrderField`). */
  name: string;
  type: ObjectRef<Types, N>;
  description: string;
  /** Says what `offset` skips. */
  offsetDescription: string;
  filter: InputObjectRef<Types, F>;
  order: ConnectionOrder<E, O>;
  entity: EntityName<E>;
  /** The query for the given arguments; called once per query (raw SQL fragments can be used only once). */
  where: (args: ConnectionArgs<F, O>, ctx: Context) => FilterQuery<E>;
  /** Arguments besides paging, filter and orderBy. */
  args?: (arg: ArgBuilder) => InputFieldMap;
  /** The node a row is shown as; the row itself unless given. */
  node?: (row: E) => N;
  authScopes?: { editor?: boolean; admin?: boolean; signedIn?: boolean };
}

/**
 * A list query as a Relay connection: `first`/`after`, `last`/`before` and `offset`, a `filter`,
 * an `orderBy` (with its `XOrderBy` input and `XOrderField` enum) unless the order is fixed, and a
 * lazy `totalCount`. Each module says only what differs.
 */
export function connectionQuery<E extends object, F, O extends string = never, N = E>(
  options: ConnectionQueryOptions<E, F, O, N>,
) {
  const { name, order } = options;
  const orderByRef =
    'fields' in order
      ? builder.inputType(`${name}OrderBy`, {
          fields: (t) => ({
            field: t.field({
              type: builder.enumType(`${name}OrderField`, { values: Object.keys(order.fields) as O[] }),
              required: true,
            }),
            direction: t.field({ type: OrderDirection, defaultValue: 'ASC' }),
          }),
        })
      : null;
  const node = options.node ?? ((row: E) => row as unknown as N);

  builder.queryField(options.field, (t) =>
    t.connection(
      {
        type: options.type,
        description: options.description,
        ...(options.authScopes ? { authScopes: options.authScopes } : {}),
        complexity: connectionCost,
        args: {
          offset: t.arg.int({ description: options.offsetDescription }),
          filter: t.arg({ type: options.filter }),
          ...(orderByRef ? { orderBy: t.arg({ type: [orderByRef] }) } : {}),
          ...options.args?.(t.arg),
        },
        resolve: async (_, args, ctx, info) => {
          const values = { ...(args as ConnectionArgs<F, O>) };
          // A filter naming a record the caller may not see must match as one naming no record.
          const filterArg = info.parentType
            .getFields()
            [info.fieldName]?.args.find((a) => a.name === 'filter');
          if (values.filter && filterArg && seesOnlyPublic(ctx.caller)) {
            // Bad input is refused first, with the ids as sent, so no error shows a replaced id.
            options.where(values, ctx);
            values.filter = await withoutUnseenIds(values.filter, filterArg.type, ctx);
          }
          return pageOf(values, {
            em: ctx.em,
            entity: options.entity,
            where: () => options.where(values, ctx),
            orderBy: 'fields' in order ? order.build(values.orderBy) : order.fixed,
            node,
          });
        },
      },
      {
        name: `${name}Connection`,
        fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount() }) }),
      },
    ),
  );
}
