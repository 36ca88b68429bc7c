import { HttpError } from 'react-admin';
import type { ResolvedResource } from './resourceDefinition';

export interface LocalizedText {
  ko: string;
  en: string | null;
}

export interface UserError {
  field: string[];
  message: string;
  code: string;
}

type Node = Record<string, unknown>;
type IdRef = { id: string } | null | undefined;

/**
 * A node as react-admin holds it: each `{ id }` relation flattened to `xId` / `xIds`, so that forms,
 * ReferenceInput and ReferenceManyField all address a relation by one source name.
 */
export function toRecord(resource: ResolvedResource, node: Node): Record<string, unknown> {
  const record: Node = { ...node };
  for (const [key, field] of Object.entries(resource.references)) {
    record[key] = (node[field] as IdRef)?.id ?? null;
    delete record[field];
  }
  for (const [key, field] of Object.entries(resource.referenceLists)) {
    record[key] = ((node[field] as IdRef[] | null | undefined) ?? []).flatMap((ref) => (ref ? [ref.id] : []));
    delete record[field];
  }
  return resource.mapRecord ? resource.mapRecord(record) : record;
}

function inputValue(resource: ResolvedResource, field: string, value: unknown, base?: Node): unknown {
  if (value === undefined) return null;
  if (resource.localized.includes(field) && value !== null) {
    const given = value as Partial<LocalizedText>;
    const stored = base?.[field] as LocalizedText | null | undefined;
    return {
      ko: given.ko ?? stored?.ko ?? '',
      en: given.en === undefined ? (stored?.en ?? null) : given.en,
    };
  }
  return value;
}

/** JSON with sorted keys: the form and the server may write the same object's keys in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function toCreateInput(resource: ResolvedResource, data: Node): Node {
  const input: Node = {};
  for (const field of resource.inputFields) {
    if (data[field] !== undefined) input[field] = inputValue(resource, field, data[field]);
  }
  return input;
}

/**
 * Only what changed goes to the server (a field left out is kept there), with the version the form was
 * loaded at, so that saving over someone else's newer change is refused (STALE_VERSION) instead of
 * silently undoing it.
 */
export function toUpdateInput(
  resource: ResolvedResource,
  id: string,
  data: Node,
  previous: Node,
): { input: Node; changed: number } {
  const input: Node = { id, version: previous.version };
  let changed = 0;
  for (const field of resource.updateFields) {
    if (!(field in data)) continue;
    const next = inputValue(resource, field, data[field], previous);
    if (canonical(next) === canonical(inputValue(resource, field, previous[field]))) continue;
    input[field] = next;
    changed += 1;
  }
  return { input, changed };
}

/**
 * The shape react-admin's forms read from a rejected save: `body.errors` keyed by input source shows each
 * message under its input; `root.serverError` is shown as the notification, for what no input owns
 * (a stale version, a missing record).
 */
export function userErrorsToHttpError(
  resource: Pick<ResolvedResource, 'inputFields'>,
  userErrors: readonly UserError[],
): HttpError {
  const errors: Record<string, unknown> = {};
  const general: string[] = [];
  for (const error of userErrors) {
    const path = error.field.join('.');
    if (resource.inputFields.includes(error.field[0] ?? '')) {
      const earlier = errors[path];
      errors[path] = typeof earlier === 'string' ? `${earlier} ${error.message}` : error.message;
    } else {
      general.push(error.message);
    }
  }
  if (general.length) errors.root = { serverError: general.join('\n') };
  return new HttpError(userErrors.map((e) => e.message).join('\n'), 400, { errors, userErrors });
}
