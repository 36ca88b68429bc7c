import {
  type EntityManager,
  type EntityMetadata,
  type EntityName,
  type FilterQuery,
  type QueryOrderMap,
  ReferenceKind,
} from '@mikro-orm/core';
import { cursorToOffset, offsetToCursor, resolveOffsetConnection } from '@pothos/plugin-relay';
import { badInput } from '../errors.js';
import { Cursors, propertyOf } from './cursor.js';

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

const KEYSET_TYPES = new Set(['string', 'number', 'boolean', 'Date']);

/**
 * The ordering as plain `asc`/`desc` on stored columns when it can be keyset-paged, else null.
 *
 * MikroORM's cursor (`em.findByCursor`) seeks with `>`/`<` on each ordered property, so keyset paging
 * needs every ordered property to be a plain column that is never NULL: `Cursor.from` refuses a row
 * whose value is missing, a seek condition compares nothing to NULL, and the seek query drops the
 * `nulls last` we order by. It also needs the order to end with the primary key (a total order).
 * Orderings that miss any of this (an optional column, a computed ordering such as a `coalesce`) are
 * paged by OFFSET instead, with offset cursors. Which orderings those are follows from the entities'
 * metadata; `paging/orderings.test.ts` checks every ordering every connection offers against it.
 */
export function keysetOrder<E extends object>(
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

/** How `pageOf` pages a list in this order when no `offset` is asked for. */
export function pagingMode<E extends object>(
  meta: EntityMetadata<E>,
  orderBy: readonly QueryOrderMap<E>[],
): 'keyset' | 'offset' {
  return keysetOrder(meta, orderBy) ? 'keyset' : 'offset';
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
