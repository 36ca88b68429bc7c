import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { InputFieldMap, InputObjectRef, ObjectRef, ArgBuilder as PothosArgBuilder } from '@pothos/core';
import { seesOnlyPublic } from '../auth/visibility.js';
import { builder } from './builder.js';
import { OrderDirection } from './common.js';
import type { Context } from './context.js';
import type { OrderInput } from './filters.js';
import { connectionCost, type PageArgs, pageOf } from './paging/engine.js';
import { withoutUnseenIds } from './visible-filter.js';

export type { Page, PageArgs, PageSource } from './paging/engine.js';
export { connectionCost, PAGE_DEFAULT, PAGE_MAX, pageOf } from './paging/engine.js';

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
  /**
   * Turns what SQL cannot test into what it can, before `where`: a spatial condition becomes the
   * ids an exact test in code found among the candidates SQL gave.
   */
  prepareFilter?: (filter: F, ctx: Context) => Promise<F>;
  /** Arguments besides paging, filter and orderBy. */
  args?: (arg: ArgBuilder) => InputFieldMap;
  /** The node a row is shown as; the row itself unless given. */
  node?: (row: E) => N;
  authScopes?: { editor?: boolean; admin?: boolean; signedIn?: boolean };
}

/** One order a connection can be asked for: the `orderBy` sent (none for the default) and what it orders by. */
export interface OfferedOrdering {
  asked: OrderInput<string>;
  orderBy: readonly QueryOrderMap<object>[];
}

/** A connection the schema offers, with every single-field order it can be asked for. */
export interface OfferedConnection {
  /** The query field, e.g. `programs`. */
  field: string;
  entity: EntityName<object>;
  orderings: () => OfferedOrdering[];
}

const offered: OfferedConnection[] = [];

/**
 * The connections built so far (all of them once the schema is assembled), so that how each
 * ordering is paged can be checked against the entities' metadata without listing them by hand.
 */
export function offeredConnections(): readonly OfferedConnection[] {
  return offered;
}

function orderingsOf<E extends object, O extends string>(order: ConnectionOrder<E, O>): OfferedOrdering[] {
  if (!('fields' in order)) return [{ asked: null, orderBy: order.fixed as QueryOrderMap<object>[] }];
  const asked: OrderInput<O>[] = [
    null,
    ...(Object.keys(order.fields) as O[]).flatMap((field) => [
      [{ field, direction: 'ASC' as const }],
      [{ field, direction: 'DESC' as const }],
    ]),
  ];
  return asked.map((orderBy) => ({
    asked: orderBy,
    orderBy: order.build(orderBy) as QueryOrderMap<object>[],
  }));
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
  offered.push({
    field: options.field,
    entity: options.entity as EntityName<object>,
    orderings: () => orderingsOf(order),
  });

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
          if (values.filter && options.prepareFilter) {
            values.filter = await options.prepareFilter(values.filter, ctx);
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
