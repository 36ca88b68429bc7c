import { z } from 'zod';
import type { Bilingual, Locale } from './locale.js';

/**
 * A closed list of codes with a Korean and an English label for each — the shape of every
 * classification in Bitgoeul (program areas, statuses, zone kinds, …). Codes are stable
 * identifiers stored in the database and exposed in GraphQL; labels are for people.
 */
export interface CodeList<C extends string> {
  readonly name: string;
  readonly codes: readonly [C, ...C[]];
  readonly labels: Readonly<Record<C, Bilingual>>;
  readonly schema: z.ZodEnum<{ [K in C]: K }>;
  label(code: C, locale: Locale): string;
  is(value: unknown): value is C;
  options(locale: Locale): { id: C; name: string }[];
}

export function defineCodeList<const C extends string>(
  name: string,
  labels: Record<C, Bilingual>,
): CodeList<C> {
  const codes = Object.keys(labels) as C[];
  if (codes.length === 0) throw new Error(`Code list ${name} is empty`);
  const tuple = codes as [C, ...C[]];
  return {
    name,
    codes: tuple,
    labels,
    schema: z.enum(tuple) as unknown as z.ZodEnum<{ [K in C]: K }>,
    label: (code, locale) => labels[code][locale],
    is: (value): value is C => typeof value === 'string' && Object.hasOwn(labels, value),
    options: (locale) => codes.map((id) => ({ id, name: labels[id][locale] })),
  };
}
