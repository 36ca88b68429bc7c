import { randomUUID } from 'node:crypto';
import {
  type Bilingual,
  checkPeriodFrequency,
  checkSingleCurrentVintage,
  fillTemplate,
  INDICATOR_FIELD_LABELS,
  type Locale,
  OBSERVATION_COLUMNS,
  type ObservationValues,
  observationSheetRows,
  parsePeriod,
  validateObservation,
} from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { recordAudit } from '../../records/audit.js';
import {
  fileSourceOf,
  type ImportRowError,
  importSheetInput,
  rowErrorList,
  type SheetInput,
  type SheetReader,
} from '../imports/ref.js';
import { Source } from '../sources/ref.js';
import { Indicator, type IndicatorEntity, Observation, type ObservationEntity } from './indicator.entity.js';
import { vintaged } from './observation.repository.js';
import { observationImportRepository, pairKey } from './observation-import.repository.js';

/** One row of a sheet, as the caller read it; `row` is the sheet's own row number, for messages. */
export interface ImportRow {
  row: number;
  indicatorCode: string;
  period: string;
  value: string;
  status: string;
  /** Blank or absent: the file's source (sourceId) is cited. */
  sourceCode?: string | null;
  note?: string | null;
}

/** The domain names the fields; a sheet names the indicator and the source by code. */
const IMPORT_LABELS: Readonly<Record<string, Bilingual>> = {
  ...INDICATOR_FIELD_LABELS,
  indicatorCode: { ko: '지표 코드', en: 'Indicator code' },
  sourceCode: { ko: '출처 코드', en: 'Source code' },
};
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  indicatorId: 'indicatorCode',
  sourceId: 'sourceCode',
};
const COLUMN_ORDER = ['indicatorCode', 'period', 'value', 'status', 'sourceCode', 'note'];

const MESSAGES = {
  duplicateRow: {
    ko: '{row}행과 지표·기간이 같습니다. 한 파일에 같은 지표·기간은 한 번만 넣으십시오.',
    en: 'Same indicator and period as row {row}; a file may hold each indicator and period once.',
  },
} satisfies Record<string, Bilingual>;

interface Candidate {
  source: ImportRow;
  indicator: IndicatorEntity;
  values: ObservationValues;
  /** The canonical period text, the key a figure is stored under. */
  period: string;
}

interface Checked {
  candidates: Candidate[];
  rowErrors: ImportRowError[];
  /** The next vintage number of each indicator and period in the file. */
  nextVintage: Map<string, number>;
}

/**
 * Every row against the same rules a single recordObservation meets (the domain's validateObservation
 * and checkSingleCurrentVintage), plus the two only a file can break: an unknown code, the same figure
 * twice. Every error is reported, not just the first, and a handful of queries serve any number of rows.
 */
async function checkRows(
  em: EntityManager,
  rows: readonly ImportRow[],
  locale: Locale,
  sourceId?: string | null,
): Promise<Checked> {
  const errors = rowErrorList({
    locale,
    labels: IMPORT_LABELS,
    columnOfField: COLUMN_OF_FIELD,
    columnOrder: COLUMN_ORDER,
  });
  const { refuse } = errors;
  const unknownCode = (row: number, field: string, given: string) =>
    given.trim()
      ? refuse(row, { field, code: 'NOT_FOUND' }, given)
      : refuse(row, { field, code: 'REQUIRED' });
  const indicators = await observationImportRepository.indicatorsByCode(
    em,
    rows.map((r) => r.indicatorCode.trim()),
  );
  const sourceCodeOf = (row: ImportRow) => row.sourceCode?.trim() ?? '';
  const sources = await observationImportRepository.sourcesByCode(em, rows.map(sourceCodeOf));
  // A row that names no source cites the one chosen for the whole file, if any.
  const fileSource = await fileSourceOf(sourceId, locale, (id) => em.findOne(Source, { id }));

  const candidates: Candidate[] = [];
  const firstRowOf = new Map<string, number>();
  const keyed: { source: ImportRow; indicatorId: string; period: string }[] = [];
  for (const source of rows) {
    const indicator = indicators.get(source.indicatorCode.trim());
    const code = sourceCodeOf(source);
    const origin = code ? sources.get(code) : fileSource;
    if (!indicator) unknownCode(source.row, 'indicatorId', source.indicatorCode);
    if (!origin) unknownCode(source.row, 'sourceId', code);
    // The other fields are checked even when a code is unknown, so that one pass shows every problem.
    const checked = validateObservation(
      {
        indicatorId: indicator?.id ?? 'unknown',
        period: source.period,
        value: source.value,
        status: source.status,
        sourceId: origin?.id ?? 'unknown',
        note: source.note?.trim() ? source.note : undefined,
      },
      indicator ?? { frequency: 'IRREGULAR' },
    );
    if (!checked.ok) {
      for (const issue of checked.issues) refuse(source.row, issue);
      // validateObservation stops before the frequency when another field fails; a sheet wants both.
      const mismatch = indicator && checkPeriodFrequency(source.period, indicator.frequency);
      if (mismatch) refuse(source.row, mismatch);
    }

    const period = parsePeriod(source.period);
    if (!indicator || !period.ok) continue;
    const key = pairKey(indicator.id, period.value.text);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      errors.add(
        source.row,
        'period',
        'DUPLICATE',
        fillTemplate(MESSAGES.duplicateRow[locale], { row: first }),
      );
    } else firstRowOf.set(key, source.row);
    keyed.push({ source, indicatorId: indicator.id, period: period.value.text });
    if (checked.ok && origin) {
      candidates.push({ source, indicator, values: checked.value, period: period.value.text });
    }
  }

  // A figure already current for a period is corrected, never imported over (DUPLICATE_VINTAGE).
  const recordedAt = new Date().toISOString();
  const vintages = await observationImportRepository.vintagesByPair(em, keyed);
  const nextVintage = new Map<string, number>();
  for (const { source, indicatorId, period } of keyed) {
    const stored = vintages.get(pairKey(indicatorId, period)) ?? [];
    const clash = checkSingleCurrentVintage(stored.map(vintaged), {
      indicatorId,
      period,
      recordedAt,
      supersededAt: null,
    });
    if (clash) refuse(source.row, clash);
    // One more than any recorded, withdrawn ones included (as observationRepository.nextVintage counts).
    nextVintage.set(pairKey(indicatorId, period), Math.max(0, ...stored.map((row) => row.vintage)) + 1);
  }

  return { candidates, rowErrors: errors.sorted(), nextVintage };
}

function observationColumns(
  em: EntityManager,
  candidate: Candidate,
  vintage: number,
  at: Date,
  changedBy: string | null,
) {
  const period = parsePeriod(candidate.period);
  if (!period.ok) throw new RangeError(`validated period ${candidate.period} does not parse`);
  const { values } = candidate;
  return {
    id: randomUUID(),
    indicator: em.getReference(Indicator, candidate.indicator.id),
    period: period.value.text,
    periodStart: period.value.start,
    periodEnd: period.value.end,
    value: values.value,
    status: values.status,
    source: em.getReference(Source, values.sourceId),
    note: values.note,
    vintage,
    recordedAt: at,
    supersededAt: null,
    supersededById: null,
    // Imported figures are drafts until reviewed and published, like recorded ones (#15).
    publicationState: 'DRAFT' as const,
    lastChangedBy: changedBy,
  };
}

/**
 * Imports a sheet of figures all or nothing (importSheetInput), given as rows or as the file itself
 * (read by the domain's observation columns), each row audited as a created observation.
 */
export function importObservations(ctx: Context, input: SheetInput<ImportRow>) {
  const reader: SheetReader<ImportRow> = { columns: OBSERVATION_COLUMNS, rowsOf: observationSheetRows };
  return importSheetInput(ctx, input, reader, {
    check: (em, rows, locale) => checkRows(em, rows, locale, input.sourceId),
    async write(em, { candidates, nextVintage }) {
      const at = new Date();
      const written: ObservationEntity[] = candidates.map((candidate) =>
        em.create(
          Observation,
          observationColumns(
            em,
            candidate,
            nextVintage.get(pairKey(candidate.indicator.id, candidate.period))!,
            at,
            ctx.caller.user?.id ?? null,
          ),
        ),
      );
      // One flush for the rows and their audit events: a new record's version is 1.
      written.forEach((record, i) => {
        recordAudit(em, ctx.caller, {
          action: 'CREATE',
          entityType: 'Observation',
          entityId: record.id,
          entityVersion: 1,
          before: null,
          after: candidates[i]!.values,
        });
      });
      await em.flush();
      return written.length;
    },
  });
}
