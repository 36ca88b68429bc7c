import { type Locale, ObservationStatus } from '@bitgoeul/domain';
import { downloadCSV } from 'react-admin';
import { type CsvCell, toCsv } from './csv';
import { seoulDate, seoulDateTime } from './seoulTime';

/** One vintage of one figure, as the indicator page reads them. */
export interface FigureVintage {
  period: string;
  periodLabel: string;
  value: string;
  status: string;
  vintage: number;
  recordedAt: string;
  supersededAt: string | null;
  note: string | null;
  source: { title: string };
}

const HEADERS: Record<Locale, readonly string[]> = {
  ko: [
    '지표 코드',
    '기간',
    '기간(코드)',
    '값',
    '단위',
    '상태',
    '판',
    '기록 일시',
    '대체 일시',
    '출처',
    '비고',
  ],
  en: [
    'Indicator code',
    'Period',
    'Period (code)',
    'Value',
    'Unit',
    'Status',
    'Vintage',
    'Recorded at',
    'Superseded at',
    'Source',
    'Note',
  ],
};

/**
 * Every vintage of an indicator's figures, oldest period first and, within a period, the vintages in the
 * order they were recorded: what the API holds, corrections included, so a figure quoted last month can
 * be found again. The value stays the exact decimal the API sent.
 */
export function figureSheet(
  indicator: { code: string; unitLabel: string },
  vintages: readonly FigureVintage[],
  locale: Locale,
): { header: readonly string[]; rows: CsvCell[][] } {
  const sorted = [...vintages].sort((a, b) => a.period.localeCompare(b.period) || a.vintage - b.vintage);
  return {
    header: HEADERS[locale],
    rows: sorted.map((o) => [
      indicator.code,
      o.periodLabel,
      o.period,
      o.value,
      indicator.unitLabel,
      ObservationStatus.is(o.status) ? ObservationStatus.label(o.status, locale) : o.status,
      o.vintage,
      seoulDateTime(o.recordedAt),
      seoulDateTime(o.supersededAt),
      o.source.title,
      o.note,
    ]),
  };
}

const fileName = (code: string) => `${code}-figures-${seoulDate(new Date())}`;

export function downloadFiguresCsv(sheet: ReturnType<typeof figureSheet>, code: string): void {
  downloadCSV(toCsv(sheet.header, sheet.rows), fileName(code));
}

/** A value as a spreadsheet number when the number reads back the same, else as text (nothing rounded). */
export const xlsxValue = (value: string): number | string =>
  String(Number(value)) === value ? Number(value) : value;

/** The same sheet as an XLSX workbook (the writer loads only when asked for). */
export async function downloadFiguresXlsx(
  sheet: ReturnType<typeof figureSheet>,
  code: string,
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const VALUE = 3;
  const data = [
    sheet.header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...sheet.rows.map((row) =>
      row.map((cell, i) => ({
        value: i === VALUE && typeof cell === 'string' ? xlsxValue(cell) : (cell ?? null),
      })),
    ),
  ];
  await writeXlsxFile(data as never, { sheet: code.slice(0, 31) }).toFile(`${fileName(code)}.xlsx`);
}
