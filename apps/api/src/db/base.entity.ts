import { randomUUID } from 'node:crypto';
import { defineEntity } from '@mikro-orm/core';

const p = defineEntity.properties;

/*
 * What every record repeats, defined once. `defineEntity` shares base properties by composition
 * (MikroORM's guide: spread a shared property object) rather than by class inheritance: an entity
 * spreads `uuidKey` first and `versionAndTimestamps` last in its `properties`, which keeps each
 * table's columns in the order the migrations made them (the schema-drift test pins that DDL).
 */

/** The record's key: a uuid made when the record is first flushed. */
export const uuidKey = {
  id: p
    .uuid()
    .primary()
    .onCreate(() => randomUUID()),
};

/** An editable record's optimistic-lock version (every write must name it) and its write times. */
export const versionAndTimestamps = {
  version: p.integer().version(),
  createdAt: p.datetime().onCreate(() => new Date()),
  updatedAt: p
    .datetime()
    .onCreate(() => new Date())
    .onUpdate(() => new Date()),
};
