import { PROGRAM_FIELD_LABELS } from '../programs/program.js';
import type { CodeList } from '../shared/code-list.js';
import type { Bilingual, Locale } from '../shared/locale.js';
import { ObservationStatus } from '../statistics/indicator.js';

/**
 * The columns of an import sheet and how its headers and codes are read: one rule for the admin,
 * which reads a file in the browser, and the API, which reads an uploaded file on the server.
 */

/** One column of a sheet: the API's field name, the header in both languages, other headers people write. */
export interface ImportColumnSpec<K extends string = string> {
  key: K;
  label: Bilingual;
  required: boolean;
  /** Further headers that name this column (a shorter or older wording); the label and key always do. */
  aliases?: readonly string[];
}

/** The columns of one kind of sheet, in template order, and how its headers are read. */
export interface ImportColumns<K extends string = string> {
  readonly specs: readonly ImportColumnSpec<K>[];
  /** Column labels by key, in the shape the domain's formatIssue reads. */
  readonly labels: Readonly<Record<string, Bilingual>>;
  /** Which column a header names (Korean, English, the API's field name or an alias), if any. */
  ofHeader(header: string): K | undefined;
  /** The header a person reads for a column, in their language; an unknown key is shown as is. */
  label(column: string, locale: Locale): string;
  /** The headers of the template, in order. */
  headers(locale: Locale): string[];
}

/** A header or a code as people type it: any case, spaces or underscores anywhere, a stray BOM. */
export const normaliseHeader = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/[\s_]+/g, '')
    .toLowerCase();

export function defineImportColumns<const K extends string>(
  specs: readonly ImportColumnSpec<K>[],
): ImportColumns<K> {
  const labels: Readonly<Record<string, Bilingual>> = Object.fromEntries(specs.map((c) => [c.key, c.label]));
  const byHeader = new Map<string, K>();
  for (const c of specs) {
    for (const header of [c.key, c.label.ko, c.label.en, ...(c.aliases ?? [])]) {
      if (!byHeader.has(normaliseHeader(header))) byHeader.set(normaliseHeader(header), c.key);
    }
  }
  return {
    specs,
    labels,
    ofHeader: (header) => byHeader.get(normaliseHeader(header)),
    label: (column, locale) => labels[column]?.[locale] ?? column,
    headers: (locale) => specs.map((c) => c.label[locale]),
  };
}

/** The columns of a sheet of figures (importObservations). */
export const OBSERVATION_COLUMNS = defineImportColumns([
  { key: 'indicatorCode', label: { ko: '지표 코드', en: 'Indicator code' }, required: true },
  { key: 'period', label: { ko: '기간', en: 'Period' }, required: true },
  { key: 'value', label: { ko: '값', en: 'Value' }, required: true },
  { key: 'status', label: { ko: '상태', en: 'Status' }, required: true },
  // Optional: the import page names one source for the whole file; a row's own code wins over it.
  { key: 'sourceCode', label: { ko: '출처 코드', en: 'Source code' }, required: false },
  { key: 'note', label: { ko: '비고', en: 'Note' }, required: false },
]);
export type ObservationColumn = (typeof OBSERVATION_COLUMNS)['specs'][number]['key'];

const programLabel = (field: string): Bilingual => PROGRAM_FIELD_LABELS[field]!;

/**
 * The columns of a sheet of programs (importPrograms), headed as the program form and the list's CSV
 * export name the fields; the parent and the sources are given by their codes.
 */
export const PROGRAM_COLUMNS = defineImportColumns([
  { key: 'code', label: programLabel('code'), required: true },
  { key: 'nameKo', label: programLabel('name.ko'), required: true },
  { key: 'nameEn', label: programLabel('name.en'), required: false },
  {
    key: 'summaryKo',
    label: programLabel('summary.ko'),
    required: true,
    aliases: ['요약(한국어)', '요약', '개요'],
  },
  { key: 'summaryEn', label: programLabel('summary.en'), required: false, aliases: ['요약(영어)'] },
  { key: 'area', label: programLabel('area'), required: true },
  { key: 'status', label: programLabel('status'), required: true },
  { key: 'plannedStart', label: programLabel('plannedStart'), required: false },
  { key: 'plannedEnd', label: programLabel('plannedEnd'), required: false },
  { key: 'actualStart', label: programLabel('actualStart'), required: false },
  { key: 'actualEnd', label: programLabel('actualEnd'), required: false },
  {
    key: 'parentCode',
    label: { ko: '상위 사업 코드', en: 'Parent program code' },
    required: false,
    aliases: ['Parent code'],
  },
  {
    key: 'sourceCodes',
    label: { ko: '출처 코드', en: 'Source codes' },
    required: false,
    aliases: ['Source code'],
  },
  { key: 'progress', label: programLabel('progress'), required: false, aliases: ['진척률', 'Progress'] },
]);
export type ProgramColumn = (typeof PROGRAM_COLUMNS)['specs'][number]['key'];

/** A code as a sheet gives it: the code (FINAL), its Korean label (확정) or its English one (Final). */
export function codeOfText<C extends string>(list: CodeList<C>, text: string): C | undefined {
  const wanted = normaliseHeader(text);
  if (!wanted) return undefined;
  return list.codes.find(
    (code) =>
      normaliseHeader(code) === wanted ||
      normaliseHeader(list.label(code, 'ko')) === wanted ||
      normaliseHeader(list.label(code, 'en')) === wanted,
  );
}

/** An observation's status as a sheet gives it. */
export const statusOf = (text: string): ObservationStatus | undefined => codeOfText(ObservationStatus, text);
