import type { SourceKind } from '@bitgoeul/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidKey, versionAndTimestamps } from '../../db/base.entity.js';

/** A document Bitgoeul's facts are taken from: a press article, official statistics, a gazette notice. */
export const Source = defineEntity({
  name: 'Source',
  tableName: 'source',
  properties: {
    ...uuidKey,
    code: p.string().length(64).unique(),
    kind: p.string().length(32).$type<SourceKind>(),
    title: p.string().length(400),
    publisher: p.string().length(200).nullable(),
    author: p.string().length(200).nullable(),
    url: p.string().length(2000).nullable(),
    publishedOn: p.date().nullable(),
    retrievedOn: p.date().nullable(),
    note: p.text().nullable(),
    ...versionAndTimestamps,
  },
});

export type SourceEntity = InferEntity<typeof Source>;
