import { type CodeList, DatePrecision, findControlCharacter, Visibility } from '@bitgoeul/domain';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from './builder.js';
import { badInput, USER_ERROR_CODES, type UserError } from './errors.js';

export const LocalizedText = builder.objectRef<{ ko: string; en: string | null }>('LocalizedText').implement({
  description: 'Text in Korean (the official wording) and English (a translation, may be missing).',
  fields: (t) => ({
    ko: t.exposeString('ko'),
    en: t.exposeString('en', { nullable: true }),
  }),
});

export const LocalizedTextInput = builder.inputType('LocalizedTextInput', {
  fields: (t) => ({
    ko: t.string({ required: true, description: 'Korean text; required and not blank.' }),
    en: t.string({ description: 'English translation.' }),
  }),
});

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', { values: USER_ERROR_CODES });

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'Why a mutation refused its input. Nothing was written.',
  fields: (t) => ({
    field: t.exposeStringList('field', { description: 'Path of the offending field inside `input`.' }),
    message: t.exposeString('message', {
      description: "In the caller's language (Accept-Language; Korean by default).",
    }),
    code: t.field({ type: UserErrorCodeEnum, resolve: (e) => e.code }),
  }),
});

export const OrderDirection = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });

export const IDFilter = builder.inputType('IDFilter', {
  fields: (t) => ({
    eq: t.id(),
    in: t.idList(),
    isNull: t.boolean(),
  }),
});

export const StringFilter = builder.inputType('StringFilter', {
  fields: (t) => ({
    eq: t.string(),
    in: t.stringList(),
    contains: t.string({ description: 'Case-insensitive substring.' }),
  }),
});

/** `{ eq, in }` over a code list, e.g. `ProgramAreaFilter`. */
export function codeListFilter<C extends string>(name: string, enumRef: ReturnType<typeof codeListEnum<C>>) {
  return builder.inputType(`${name}Filter`, {
    fields: (t) => ({
      eq: t.field({ type: enumRef }),
      in: t.field({ type: [enumRef] }),
    }),
  });
}

/** A GraphQL enum from a domain code list; descriptions carry both labels so GraphiQL shows them. */
export function codeListEnum<C extends string>(list: CodeList<C>) {
  return builder.enumType(list.name, {
    values: Object.fromEntries(
      list.codes.map((code) => [
        code,
        { value: code, description: `${list.labels[code].ko} — ${list.labels[code].en}` },
      ]),
    ) as Record<C, { value: C; description: string }>,
  });
}

/** The raw key inside a global id, refusing ids of another type. */
export function decodeId(globalId: string | number, typename: string, field = 'id'): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw badInput(`${field}: "${globalId}" is not a valid id`, { field });
  }
  // A key with a control character names no record and would reach the database as it is.
  if (findControlCharacter(decoded.id) || findControlCharacter(decoded.typename)) {
    throw badInput(`${field}: "${globalId}" is not a valid id`, { field });
  }
  if (decoded.typename !== typename) {
    throw badInput(`${field}: "${globalId}" is the id of a ${decoded.typename}, not a ${typename}`, {
      field,
    });
  }
  return decoded.id;
}

export const VisibilityEnum = codeListEnum(Visibility);
export const VisibilityFilter = codeListFilter('Visibility', VisibilityEnum);

/** Shared by every dated field that carries a precision (milestones, zone designations), so it is defined once. */
export const DatePrecisionEnum = codeListEnum(DatePrecision);
