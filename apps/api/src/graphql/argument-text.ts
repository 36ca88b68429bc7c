import {
  FILTER_TEXT_MAX,
  fillTemplate,
  findControlCharacter,
  type Locale,
  SEARCH_MAX,
} from '@bitgoeul/domain';
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from './context.js';
import { badInput } from './errors.js';

/**
 * The text rule for arguments that are not a domain input: filters, searches, ids, periods,
 * cursors. A mutation's `input` is the domain's to judge (a userError naming the field); every
 * other argument is checked here before its resolver runs, so that no control character and no
 * over-long text reaches the database (a NUL fails on both stores; a huge LIKE pattern is "too
 * complex" for SQLite). A refusal is BAD_USER_INPUT naming the argument, in the caller's language.
 */

/** A cursor carries the ordered values of a row (a name of up to 200 characters, base64), so it may be longer. */
export const CURSOR_MAX = 4000;

const SEARCH_KEYS = new Set(['search', 'contains']);
const CURSOR_KEYS = new Set(['after', 'before']);

const MESSAGES = {
  CONTROL_CHARACTER: {
    ko: '인수 {argument}에는 제어 문자를 넣을 수 없습니다({position}번째 글자 {char}).',
    en: 'Argument {argument} must not contain control characters ({char} at character {position}).',
  },
  TOO_LONG: {
    ko: '인수 {argument}은(는) {max}자 이하여야 합니다.',
    en: 'Argument {argument} must be at most {max} characters.',
  },
} as const;

function refuse(
  reason: keyof typeof MESSAGES,
  argument: string,
  locale: Locale,
  params: Record<string, string | number>,
) {
  const all: Record<string, string | number> = { argument, ...params };
  const message = fillTemplate(MESSAGES[reason][locale], all);
  return badInput(message, { argument, reason, ...params });
}

function maxFor(key: string): number {
  if (SEARCH_KEYS.has(key)) return SEARCH_MAX;
  if (CURSOR_KEYS.has(key)) return CURSOR_MAX;
  return FILTER_TEXT_MAX;
}

/** Throws on the first string, however deep, that breaks the rule; `key` is the nearest named field. */
export function checkArgumentText(value: unknown, path: string, key: string, locale: Locale): void {
  if (typeof value === 'string') {
    const found = findControlCharacter(value);
    if (found) throw refuse('CONTROL_CHARACTER', path, locale, found);
    const max = maxFor(key);
    if (value.length > max) throw refuse('TOO_LONG', path, locale, { max });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      checkArgumentText(item, `${path}.${i}`, key, locale);
    });
    return;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) checkArgumentText(v, `${path}.${k}`, k, locale);
  }
}

/**
 * Wraps the resolver of every field that takes arguments, except the mutations' (their input is
 * validated by the domain and answered with userErrors). Returns the same schema.
 */
export function guardArgumentText(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type === mutation || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, ctx: Context, info) => {
        for (const [name, value] of Object.entries(args)) checkArgumentText(value, name, name, ctx.locale);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}
