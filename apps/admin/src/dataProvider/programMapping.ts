import { HttpError, type SortPayload } from 'react-admin';
import {
  type LocalizedText,
  PROGRAM_INPUT_FIELDS,
  type ProgramInputField,
  type ProgramRecord,
} from './programRecord';

/** A `Program` as the fragment in programDocuments.ts selects it. */
export interface ProgramNode extends Omit<ProgramRecord, 'parentId'> {
  parent: { id: string } | null;
}

export interface UserError {
  field: string[];
  message: string;
  code: string;
}

export function toRecord({ parent, ...node }: ProgramNode): ProgramRecord {
  return { ...node, parentId: parent?.id ?? null };
}

const ORDER_FIELDS: Record<string, string> = {
  code: 'CODE',
  'name.ko': 'NAME_KO',
  'name.en': 'NAME_EN',
  area: 'AREA',
  status: 'STATUS',
  progress: 'PROGRESS',
  plannedStart: 'PLANNED_START',
  plannedEnd: 'PLANNED_END',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
};

/**
 * react-admin sorts by `id` when a view names no sort (ReferenceInput, ReferenceManyField). Global ids
 * have no meaningful order, so that case gets the server's default order instead of an error.
 */
export function toOrderBy(
  sort: SortPayload | undefined,
): { field: string; direction: 'ASC' | 'DESC' }[] | undefined {
  if (!sort?.field || sort.field === 'id') return undefined;
  const field = ORDER_FIELDS[sort.field];
  if (!field) throw new Error(`Programs cannot be sorted by "${sort.field}"`);
  return [{ field, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' }];
}

type CodeFilter = { eq: string } | { in: string[] };

/** A single code becomes `eq`, several (a multi-select) become `in`; nothing chosen means no condition. */
function codeFilter(value: unknown): CodeFilter | undefined {
  if (Array.isArray(value)) {
    const codes = value.filter((v): v is string => typeof v === 'string' && v !== '');
    return codes.length ? { in: codes } : undefined;
  }
  return typeof value === 'string' && value !== '' ? { eq: value } : undefined;
}

/**
 * react-admin filter values → `ProgramFilter`. `excludeIds` serves the parent picker, which must not
 * offer the program being edited.
 */
export function toFilter(filter: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  const { q, area, status, parentId, excludeIds, ...rest } = filter ?? {};
  const unknown = Object.keys(rest);
  if (unknown.length) throw new Error(`Programs cannot be filtered by ${unknown.join(', ')}`);
  if (typeof q === 'string' && q.trim() !== '') out.search = q.trim();
  const areaFilter = codeFilter(area);
  if (areaFilter) out.area = areaFilter;
  const statusFilter = codeFilter(status);
  if (statusFilter) out.status = statusFilter;
  if (parentId === null) out.parent = { isNull: true };
  else if (typeof parentId === 'string' && parentId !== '') out.parent = { eq: parentId };
  const excluded = (Array.isArray(excludeIds) ? excludeIds : [excludeIds]).filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
  if (excluded.length) out.not = { id: { in: excluded } };
  return Object.keys(out).length ? out : undefined;
}

const localized = (value: Partial<LocalizedText> | null | undefined, base?: LocalizedText) => ({
  ko: value?.ko ?? base?.ko ?? '',
  en: value?.en === undefined ? (base?.en ?? null) : value.en,
});

function inputValue(field: ProgramInputField, value: unknown, base?: ProgramRecord): unknown {
  if (field === 'name' || field === 'summary')
    return localized(value as Partial<LocalizedText>, base?.[field]);
  return value === undefined ? null : value;
}

export function toCreateInput(data: Partial<ProgramRecord>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of PROGRAM_INPUT_FIELDS) {
    if (data[field] !== undefined) input[field] = inputValue(field, data[field]);
  }
  return input;
}

/**
 * Only what changed goes to the server (a field left out is kept there), with the version the form was
 * loaded at, so that saving over someone else's newer change is refused (STALE_VERSION) instead of
 * silently undoing it.
 */
export function toUpdateInput(
  id: string,
  data: Partial<ProgramRecord>,
  previous: ProgramRecord,
): { input: Record<string, unknown>; changed: number } {
  const input: Record<string, unknown> = { id, version: previous.version };
  let changed = 0;
  for (const field of PROGRAM_INPUT_FIELDS) {
    if (!(field in data)) continue;
    const next = inputValue(field, data[field], previous);
    if (JSON.stringify(next) === JSON.stringify(inputValue(field, previous[field]))) continue;
    input[field] = next;
    changed += 1;
  }
  return { input, changed };
}

const FORM_FIELDS = new Set<string>(PROGRAM_INPUT_FIELDS);

/**
 * The shape react-admin's forms read from a rejected save: `body.errors` keyed by input source shows each
 * message under its input; `root.serverError` is shown as the notification, for what no input owns
 * (a stale version, a missing record).
 */
export function userErrorsToHttpError(userErrors: readonly UserError[]): HttpError {
  const errors: Record<string, unknown> = {};
  const general: string[] = [];
  for (const error of userErrors) {
    const path = error.field.join('.');
    if (FORM_FIELDS.has(error.field[0] ?? '')) {
      const earlier = errors[path];
      errors[path] = typeof earlier === 'string' ? `${earlier} ${error.message}` : error.message;
    } else {
      general.push(error.message);
    }
  }
  if (general.length) errors.root = { serverError: general.join('\n') };
  return new HttpError(userErrors.map((e) => e.message).join('\n'), 400, { errors, userErrors });
}
