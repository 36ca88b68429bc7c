import { randomUUID } from 'node:crypto';
import type { PublicationState } from '@bitgoeul/domain';
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

/**
 * Where a vintage stands on its way to the public (publishing/README.md in the domain), spread
 * after `versionAndTimestamps` because a later migration added them. `publicFrom`/`publicUntil` are
 * the domain's `publicWindows` of the figure's vintages, rewritten on every publish, schedule and
 * withdrawal, so that an anonymous read at T is one indexed condition: from <= T < until.
 */
export const publicationColumns = {
  publicationState: p.string().length(16).$type<PublicationState>().default('DRAFT'),
  lastChangedBy: p.string().length(64).nullable(),
  submittedBy: p.string().length(64).nullable(),
  submittedAt: p.datetime().nullable(),
  reviewedBy: p.string().length(64).nullable(),
  reviewedAt: p.datetime().nullable(),
  reviewComment: p.text().nullable(),
  publishedBy: p.string().length(64).nullable(),
  publishedAt: p.datetime().nullable(),
  releaseAt: p.datetime().nullable(),
  /** When the release was recorded (publish now, or the release runner once releaseAt passed). */
  releasedAt: p.datetime().nullable(),
  withdrawnBy: p.string().length(64).nullable(),
  withdrawnAt: p.datetime().nullable(),
  withdrawalReason: p.text().nullable(),
  publicFrom: p.datetime().nullable(),
  publicUntil: p.datetime().nullable(),
};
