import { SOURCE_FIELD_LABELS, type SourceValues, validateSource } from '@bitgoeul/domain';
import { countReferrers, deleteBlockers } from '../../records/in-use.js';
import { defineRecordMutations, recordInputs } from '../../records/record-mutations.js';
import type { RecordWriteSpec } from '../../records/record-writes.js';
import { Source, type SourceEntity } from './source.entity.js';
import { SourceKindEnum, SourceRef } from './source.ref.js';
import { SOURCE_REFERRERS, sourceColumns, sourceValues } from './source.repository.js';

export const sourceWrites: RecordWriteSpec<SourceEntity, SourceValues> = {
  typename: 'Source',
  entity: Source,
  labels: SOURCE_FIELD_LABELS,
  validate: validateSource,
  toValues: sourceValues,
  apply: (em, source, values) =>
    source ? em.assign(source, sourceColumns(values)) : em.create(Source, sourceColumns(values)),
  // A source cited by any record (a figure, a program, …) stays: the facts would lose their origin.
  async deleteBlockers(em, source) {
    return deleteBlockers(0, await countReferrers(em, SOURCE_REFERRERS, source.id));
  },
};

const { createInput: CreateSourceInput, updateInput: UpdateSourceInput } = recordInputs('Source', {
  updateDescription: 'Fields left out are kept; a field sent as null is cleared.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'UPPER-KEBAB, unique, e.g. KOSIS-2021-BIRTHS.' }),
    kind: t.field({ type: SourceKindEnum, required: true }),
    title: t.string({ required: true, description: 'The headline or document title as published.' }),
    publisher: t.string({ description: 'The newspaper, ministry or office that published it.' }),
    author: t.string({ description: 'A byline, as written.' }),
    url: t.string({ description: 'An http(s) address a reader can open.' }),
    publishedOn: t.field({ type: 'Date', description: 'YYYY-MM-DD.' }),
    retrievedOn: t.field({
      type: 'Date',
      description: 'When it was read (YYYY-MM-DD); not before publishedOn.',
    }),
    note: t.string(),
  }),
});

defineRecordMutations({
  typename: 'Source',
  names: { create: 'createSource', update: 'updateSource', delete: 'deleteSource' },
  ref: SourceRef,
  spec: sourceWrites,
  createInput: CreateSourceInput,
  updateInput: UpdateSourceInput,
  toDomain: (input) => input,
});
