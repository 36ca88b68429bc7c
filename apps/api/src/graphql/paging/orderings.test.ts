import { readFileSync } from 'node:fs';
import { type EntityMetadata, type EntityProperty, type QueryOrderMap, ReferenceKind } from '@mikro-orm/core';
import { buildSchema, type GraphQLEnumType, type GraphQLInputObjectType, getNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { type OfferedConnection, offeredConnections } from '../connection.js';
import { pageOf, pagingMode } from './engine.js';

/** The published schema (schema.test.ts holds it to the one the code builds). */
const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const queryFields = Object.values(schema.getQueryType()!.getFields());
const connectionFields = queryFields.filter((f) => getNamedType(f.type).name.endsWith('Connection'));

/** The `XOrderField` values a connection field's `orderBy` argument offers, none if its order is fixed. */
function orderFieldValues(field: string): string[] {
  const orderBy = schema
    .getQueryType()!
    .getFields()
    [field]!.args.find((a) => a.name === 'orderBy');
  if (!orderBy) return [];
  const input = getNamedType(orderBy.type) as GraphQLInputObjectType;
  const values = (getNamedType(input.getFields().field!.type) as GraphQLEnumType).getValues();
  return values.map((v) => v.value as string);
}

/**
 * How an ordering must be paged, read from the metadata alone: by keyset exactly when every ordered
 * key is a stored scalar column that is never NULL and the order ends with the primary key; by
 * OFFSET otherwise (an optional column, or a computed ordering such as a raw `coalesce(...)`).
 */
function modeFromMetadata(meta: EntityMetadata<object>, orderBy: readonly QueryOrderMap<object>[]) {
  const keys = orderBy.flatMap((map) => Object.keys(map));
  const plainColumns = keys.every((key) => {
    const prop = (meta.properties as Record<string, EntityProperty | undefined>)[key];
    return (
      prop !== undefined &&
      prop.kind === ReferenceKind.SCALAR &&
      prop.persist !== false &&
      !prop.formula &&
      !prop.nullable &&
      (prop.fieldNames?.length ?? 0) === 1
    );
  });
  const endsWithKey = meta.primaryKeys.includes(keys.at(-1) as never);
  return plainColumns && endsWithKey ? 'keyset' : 'offset';
}

const describeAsked = (c: OfferedConnection, asked: unknown) =>
  `${c.field}(${asked ? `orderBy: ${JSON.stringify(asked)}` : 'default order'})`;

describe.each(databaseKinds)('connection orderings on $name', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  it('are offered for every connection the schema has, each with every value of its order enum', () => {
    const offered = offeredConnections();
    expect(offered.map((c) => c.field).sort()).toEqual(connectionFields.map((f) => f.name).sort());
    for (const connection of offered) {
      const asked = connection
        .orderings()
        .flatMap((o) => (o.asked ?? []).map((part) => part.field))
        .filter((field, i, all) => all.indexOf(field) === i);
      expect(asked.sort(), connection.field).toEqual(orderFieldValues(connection.field).sort());
    }
  });

  it('are keyset-paged exactly when the entity metadata says every ordered column is never NULL', () => {
    const mismatches: string[] = [];
    const modes = new Set<string>();
    for (const connection of offeredConnections()) {
      const meta = app.orm.getMetadata().get(connection.entity as never) as EntityMetadata<object>;
      for (const { asked, orderBy } of connection.orderings()) {
        const expected = modeFromMetadata(meta, orderBy);
        const picked = pagingMode(meta, orderBy);
        modes.add(picked);
        if (picked !== expected) {
          mismatches.push(
            `${describeAsked(connection, asked)}: engine pages by ${picked}, metadata says ${expected}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Both kinds occur, so the check above compares something.
    expect([...modes].sort()).toEqual(['keyset', 'offset']);
  });

  it('give the cursors of the mode the engine picks, on every ordering of every connection with rows', async () => {
    const mismatches: string[] = [];
    for (const connection of offeredConnections()) {
      const em = app.orm.em.fork();
      const meta = em.getMetadata(connection.entity);
      for (const { asked, orderBy } of connection.orderings()) {
        const page = await pageOf(
          { first: 1 },
          { em, entity: connection.entity, where: () => ({}), orderBy, node: (row) => row },
        );
        const cursor = page.edges[0]?.cursor;
        if (!cursor) continue;
        const [, position] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
          string,
          unknown,
        ];
        // A keyset cursor holds MikroORM's encoded values, an offset cursor the row's offset.
        const shown = typeof position === 'string' ? 'keyset' : 'offset';
        const expected = modeFromMetadata(meta, orderBy);
        if (shown !== expected) {
          mismatches.push(
            `${describeAsked(connection, asked)}: cursor is ${shown}, metadata says ${expected}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
