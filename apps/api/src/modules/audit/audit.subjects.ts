import { type Bilingual, INDICATOR_FIELD_LABELS, type Locale } from '@bitgoeul/domain';
import type { ObjectRef } from '@pothos/core';
import type { SchemaTypes } from '../../graphql/builder.js';
import type { RecordWriteSpec } from '../../records/record-writes.js';
import { ACCOUNT_LABELS, TOKEN_LABELS } from '../accounts/ref.js';

export type AnyWriteSpec = RecordWriteSpec<{ id: string; version: number }, object>;

/** A kind of record written through a RecordWriteSpec: it has a history and can be restored through its spec. */
export interface WritableRecordType {
  spec: AnyWriteSpec;
  /** The record's GraphQL object, which gets the `history` field. */
  ref: ObjectRef<SchemaTypes, { id: string }>;
}

/** Filled once by the schema assembly (the wiring knows every module; this module knows none of them). */
export const RECORD_WRITES: Record<string, AnyWriteSpec> = {};
const RECORD_LABELS: Record<string, Readonly<Record<string, Bilingual>>> = {};

export function rememberWritableRecords(types: readonly WritableRecordType[]) {
  for (const { spec } of types) {
    RECORD_WRITES[spec.typename] = spec;
    RECORD_LABELS[spec.typename] = spec.labels;
  }
}

const COMMON: Readonly<Record<string, Bilingual>> = {
  // Organisation links are recorded on the program, zone or facility they belong to.
  organisations: { ko: '참여 기관', en: 'Organisations' },
};

const FIGURE_LABELS: Readonly<Record<string, Bilingual>> = {
  ...INDICATOR_FIELD_LABELS,
  status: { ko: '자료 상태', en: 'Status' },
  vintage: { ko: '차수', en: 'Vintage' },
  supersededAt: { ko: '대체된 시각', en: 'Superseded at' },
  supersededById: { ko: '대체한 값', en: 'Superseded by' },
};

const LABELS: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  Observation: FIGURE_LABELS,
  Target: FIGURE_LABELS,
  User: ACCOUNT_LABELS,
  ApiToken: TOKEN_LABELS,
};

/**
 * A changed field's name in the reader's language: the field's own label, else the nearest
 * enclosing field's (`designation.authority.ko` falls back to `designation`); null when none.
 */
export function fieldLabel(entityType: string, field: string, locale: Locale): string | null {
  const labels = { ...COMMON, ...(RECORD_LABELS[entityType] ?? LABELS[entityType]) };
  for (let path = field; path; path = path.slice(0, Math.max(path.lastIndexOf('.'), 0))) {
    const label = labels[path];
    if (label) return label[locale];
  }
  return null;
}
