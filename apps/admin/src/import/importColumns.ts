import { type Bilingual, type Locale, ObservationStatus } from '@bitgoeul/domain';

/** The columns of an observation sheet, in template order, with the Korean header first. */
export const IMPORT_COLUMNS = [
  { key: 'indicatorCode', label: { ko: '지표 코드', en: 'Indicator code' }, required: true },
  { key: 'period', label: { ko: '기간', en: 'Period' }, required: true },
  { key: 'value', label: { ko: '값', en: 'Value' }, required: true },
  { key: 'status', label: { ko: '상태', en: 'Status' }, required: true },
  { key: 'sourceCode', label: { ko: '출처 코드', en: 'Source code' }, required: true },
  { key: 'note', label: { ko: '비고', en: 'Note' }, required: false },
] as const satisfies readonly { key: string; label: Bilingual; required: boolean }[];

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key'];

/** Column labels by key, in the shape the domain's formatIssue reads. */
export const IMPORT_COLUMN_LABELS: Readonly<Record<string, Bilingual>> = Object.fromEntries(
  IMPORT_COLUMNS.map((c) => [c.key, c.label]),
);

/** A header as people type it: any case, spaces or underscores anywhere, a stray BOM. */
const normalise = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/[\s_]+/g, '')
    .toLowerCase();

const HEADERS = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((c) => [
    [normalise(c.key), c.key],
    [normalise(c.label.ko), c.key],
    [normalise(c.label.en), c.key],
  ]),
);

/** Which column a header names (Korean, English, or the API's field name), if any. */
export function columnOfHeader(header: string): ImportColumn | undefined {
  return HEADERS.get(normalise(header));
}

/** The header a person reads for a column, in their language; an unknown key is shown as is. */
export function columnLabel(column: string, locale: Locale): string {
  return IMPORT_COLUMN_LABELS[column]?.[locale] ?? column;
}

/** A status as a sheet gives it: the code (FINAL), its Korean label (확정) or its English one (Final). */
export function statusOf(text: string): ObservationStatus | undefined {
  const wanted = normalise(text);
  return ObservationStatus.codes.find(
    (code) =>
      normalise(code) === wanted ||
      normalise(ObservationStatus.label(code, 'ko')) === wanted ||
      normalise(ObservationStatus.label(code, 'en')) === wanted,
  );
}
