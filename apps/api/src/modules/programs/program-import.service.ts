import { randomUUID } from 'node:crypto';
import {
  type Bilingual,
  type CodeList,
  checkParent,
  fillTemplate,
  formatIssue,
  isDecimal,
  type Locale,
  PROGRAM_COLUMNS,
  PROGRAM_FIELD_LABELS,
  ProgramArea,
  ProgramStatus,
  type ProgramValues,
  programSheetRows,
  type ValidationIssue,
  validateProgram,
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
import { Program, type ProgramEntity } from './program.entity.js';
import { programColumns } from './program.repository.js';
import { programImportRepository } from './program-import.repository.js';

/**
 * One row of a sheet of programs, as the caller read it: `row` is the sheet's own row number, for
 * messages; the parent and the sources are named by their codes, area and status by their codes.
 */
export interface ProgramImportRow {
  row: number;
  code: string;
  nameKo: string;
  nameEn?: string | null;
  summaryKo: string;
  summaryEn?: string | null;
  area: string;
  status: string;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
  parentCode?: string | null;
  /** Source codes separated by commas or semicolons. */
  sourceCodes?: string | null;
  /** Decimal text, 0–100 (a trailing % is allowed). */
  progress?: string | null;
}

/** The domain names the fields; a sheet flattens the two languages and names parent and sources by code. */
const IMPORT_LABELS: Readonly<Record<string, Bilingual>> = {
  ...PROGRAM_FIELD_LABELS,
  nameKo: PROGRAM_FIELD_LABELS['name.ko']!,
  nameEn: PROGRAM_FIELD_LABELS['name.en']!,
  summaryKo: PROGRAM_FIELD_LABELS['summary.ko']!,
  summaryEn: PROGRAM_FIELD_LABELS['summary.en']!,
  parentCode: { ko: '상위 사업 코드', en: 'Parent program code' },
  sourceCodes: { ko: '출처 코드', en: 'Source codes' },
};
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  name: 'nameKo',
  'name.ko': 'nameKo',
  'name.en': 'nameEn',
  summary: 'summaryKo',
  'summary.ko': 'summaryKo',
  'summary.en': 'summaryEn',
  parentId: 'parentCode',
  sourceIds: 'sourceCodes',
};
const COLUMN_ORDER = [
  'code',
  'nameKo',
  'nameEn',
  'summaryKo',
  'summaryEn',
  'area',
  'status',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'parentCode',
  'sourceCodes',
  'progress',
];
const DATE_COLUMNS = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
const CODE_LISTS: Readonly<Record<string, CodeList<string>>> = { area: ProgramArea, status: ProgramStatus };
/** Refusals that are easier to fix when the message repeats what the cell held. */
const ECHOED: ReadonlySet<string> = new Set([
  'INVALID_FORMAT',
  'INVALID_DATE',
  'UNKNOWN_CODE',
  'TOO_SMALL',
  'TOO_LARGE',
]);

const MESSAGES = {
  duplicateRow: {
    ko: '{row}행과 코드가 같습니다. 한 파일에 같은 코드는 한 번만 넣으십시오.',
    en: 'Same code as row {row}; a file may hold each code once.',
  },
} satisfies Record<string, Bilingual>;

const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** Source codes as a cell lists them: "A, B; C", each once. */
export const splitCodes = (text: string | null | undefined) => [
  ...new Set(
    (text ?? '')
      .split(/[,;\n]/)
      .map((code) => code.trim())
      .filter(Boolean),
  ),
];

/** Progress as a sheet writes it ("45", "45.5", "45.5%"); undefined when the text is no number at all. */
function progressOf(text: string | null | undefined): number | null | undefined {
  const given = blankToNull(text)?.replace(/\s*%$/, '');
  if (!given) return null;
  return isDecimal(given) ? Number(given) : undefined;
}

interface Candidate {
  source: ProgramImportRow;
  code: string;
  /** Validated, with parentId null: the parent is set once it is known (stored, or written first). */
  values: ProgramValues;
  /** A program on record, by id. */
  parentId: string | null;
  /** Another row of this sheet, by code. */
  parentCode: string | null;
}

interface Checked {
  candidates: Candidate[];
  rowErrors: ImportRowError[];
}

/**
 * Every row against the rules a single createProgram meets (the domain's validateProgram, a unique
 * code, a parent and sources that exist, no cycle), where the parent may also be another row of the
 * sheet. Every error of every row is reported, and three queries serve any number of rows.
 */
async function checkRows(
  em: EntityManager,
  rows: readonly ProgramImportRow[],
  locale: Locale,
  sourceId?: string | null,
): Promise<Checked> {
  const errors = rowErrorList({
    locale,
    labels: IMPORT_LABELS,
    columnOfField: COLUMN_OF_FIELD,
    columnOrder: COLUMN_ORDER,
  });
  const cellOf = (source: ProgramImportRow, column: string) =>
    (source as unknown as Record<string, string | null | undefined>)[column]?.trim() ?? '';
  // `given` repeats what the cell held: by default for a value that is malformed rather than missing.
  const refuse = (source: ProgramImportRow, issue: ValidationIssue, given?: string) => {
    const cell = cellOf(source, errors.columnOf(issue.field));
    errors.refuse(source.row, issue, given ?? (ECHOED.has(issue.code) && cell ? cell : undefined));
  };

  const codeOf = (source: ProgramImportRow) => source.code.trim();
  const stored = await programImportRepository.programIdsByCode(em, [
    ...rows.map(codeOf),
    ...rows.map((r) => r.parentCode?.trim() ?? ''),
  ]);
  const sources = await programImportRepository.sourceIdsByCode(
    em,
    rows.flatMap((r) => splitCodes(r.sourceCodes)),
  );
  // A row that names no source cites the one chosen for the whole file, if any.
  const fileSource = await fileSourceOf(sourceId, locale, (id) => em.findOne(Source, { id }));
  // The first row of each code: the one a child in the sheet hangs under, and the one a repeat is told of.
  const firstRowOf = new Map<string, ProgramImportRow>();
  for (const source of rows) {
    const code = codeOf(source);
    if (code && !firstRowOf.has(code)) firstRowOf.set(code, source);
  }

  const candidates: Candidate[] = [];
  const parentInSheet = new Map<string, string>();
  for (const source of rows) {
    const code = codeOf(source);
    const progress = progressOf(source.progress);
    const sourceCodes = splitCodes(source.sourceCodes);
    // A blank code, area or status is "required", not "too short" or "unknown".
    const checked = validateProgram({
      code: blankToNull(source.code),
      name: { ko: source.nameKo, en: blankToNull(source.nameEn) },
      summary: { ko: source.summaryKo, en: blankToNull(source.summaryEn) },
      area: blankToNull(source.area),
      status: blankToNull(source.status),
      ...Object.fromEntries(DATE_COLUMNS.map((column) => [column, blankToNull(source[column])])),
      parentId: null,
      sourceIds:
        sourceCodes.length === 0 && fileSource
          ? [fileSource.id]
          : sourceCodes.flatMap((c) => sources.get(c) ?? []),
      progress: progress ?? null,
    });
    // A progress that is no number never reached the schema: it is refused here, in the same terms.
    if (progress === undefined)
      refuse(source, { field: 'progress', code: 'INVALID_FORMAT', params: { example: '45.5' } });
    if (!checked.ok) {
      for (const issue of checked.issues) {
        const list = CODE_LISTS[issue.field];
        // The allowed values as codes with their labels, in the reader's language.
        const allowed = list?.codes.map((c) => `${c}(${list.label(c, locale)})`).join(', ');
        refuse(source, issue.code === 'UNKNOWN_CODE' && allowed ? { ...issue, params: { allowed } } : issue);
      }
    }

    if (code && stored.has(code))
      refuse(source, { field: 'code', code: 'DUPLICATE', params: { value: code } });
    const first = code ? firstRowOf.get(code) : undefined;
    if (first && first !== source && !errors.has(source.row, 'code')) {
      errors.add(
        source.row,
        'code',
        'DUPLICATE',
        fillTemplate(MESSAGES.duplicateRow[locale], { row: first.row }),
      );
    }

    const missing = sourceCodes.filter((c) => !sources.has(c));
    if (missing.length) refuse(source, { field: 'sourceIds', code: 'NOT_FOUND' }, missing.join(', '));

    const parentCode = blankToNull(source.parentCode);
    let parent: Pick<Candidate, 'parentId' | 'parentCode'> = { parentId: null, parentCode: null };
    if (parentCode && parentCode === code) {
      refuse(source, { field: 'parentId', code: 'SELF_REFERENCE' });
    } else if (parentCode && firstRowOf.has(parentCode)) {
      parent = { parentId: null, parentCode };
      if (first === source) parentInSheet.set(code, parentCode);
    } else if (parentCode && stored.has(parentCode)) {
      parent = { parentId: stored.get(parentCode)!, parentCode: null };
    } else if (parentCode) {
      refuse(source, { field: 'parentId', code: 'NOT_FOUND' }, parentCode);
    }

    if (checked.ok && progress !== undefined)
      candidates.push({ source, code, values: checked.value, ...parent });
  }

  // Programs on record cannot hang under a new row, so a cycle can only run through the sheet's own rows.
  for (const [code, parentCode] of parentInSheet) {
    const cycle = checkParent(code, parentCode, (c) => parentInSheet.get(c) ?? null);
    const { row } = firstRowOf.get(code)!;
    if (cycle.ok || errors.has(row, 'parentCode')) continue;
    const message = formatIssue({ field: 'parentCode', code: cycle.reason }, locale, IMPORT_LABELS);
    errors.add(row, 'parentCode', cycle.reason, `${message} (${cycle.path.join(' → ')})`);
  }

  return { candidates, rowErrors: errors.sorted() };
}

/**
 * The rows in generations: those whose parent is on record (or who have none) first, then their
 * children in the sheet, and so on. Each generation is flushed before the next, so that a parent is
 * inserted before its children (in one flush the store would insert a child first, then update it).
 */
function generations(candidates: readonly Candidate[]): Candidate[][] {
  const byCode = new Map(candidates.map((c) => [c.code, c]));
  const depth = new Map<string, number>();
  const depthOf = (c: Candidate): number => {
    const known = depth.get(c.code);
    if (known !== undefined) return known;
    const parent = c.parentCode ? byCode.get(c.parentCode) : undefined;
    // checkRows has refused every cycle, so the walk up ends.
    const d = parent ? depthOf(parent) + 1 : 0;
    depth.set(c.code, d);
    return d;
  };
  const out: Candidate[][] = [];
  for (const c of candidates) {
    const d = depthOf(c);
    if (!out[d]) out[d] = [];
    out[d].push(c);
  }
  return out;
}

/**
 * Imports a sheet of programs all or nothing (importSheetInput), given as rows or as the file itself
 * (read by the domain's program columns), each row audited as a created program.
 */
export function importPrograms(ctx: Context, input: SheetInput<ProgramImportRow>) {
  const reader: SheetReader<ProgramImportRow> = {
    columns: PROGRAM_COLUMNS,
    rowsOf: (cells, locale, maxRows) => programSheetRows(cells, maxRows, locale),
  };
  return importSheetInput(ctx, input, reader, {
    check: (em, rows, locale) => checkRows(em, rows, locale, input.sourceId),
    async write(em, { candidates }) {
      const written = new Map<string, ProgramEntity>();
      for (const generation of generations(candidates)) {
        for (const candidate of generation) {
          const values: ProgramValues = {
            ...candidate.values,
            parentId: candidate.parentCode ? written.get(candidate.parentCode)!.id : candidate.parentId,
          };
          const record = em.create(Program, { ...programColumns(values, em), id: randomUUID() });
          written.set(candidate.code, record);
          // Written with the row's generation: a new record's version is 1.
          recordAudit(em, ctx.caller, {
            action: 'CREATE',
            entityType: 'Program',
            entityId: record.id,
            entityCode: values.code,
            entityVersion: 1,
            before: null,
            after: values,
          });
        }
        await em.flush();
      }
      return written.size;
    },
  });
}
