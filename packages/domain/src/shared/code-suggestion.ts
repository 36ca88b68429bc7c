import { CODE_MAX, CODE_MIN } from './limits.js';
import { RECORD_CODE_PATTERN } from './text.js';

/**
 * A record code drawn from an English name, as an official would write it by hand: letters and digits
 * upper-cased, every other run of characters one hyphen, accents dropped ("Gwangju AI Academy" →
 * `GWANGJU-AI-ACADEMY`), cut at a word boundary to fit CODE_MAX. Null when the name gives too little
 * (no English name, or one with fewer than CODE_MIN letters and digits).
 */
export function codeFromName(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  let code = '';
  for (const word of words) {
    const next = code ? `${code}-${word}` : word;
    if (next.length > CODE_MAX) break;
    code = next;
  }
  if (!code && words[0]) code = words[0].slice(0, CODE_MAX);
  return code.length >= CODE_MIN && RECORD_CODE_PATTERN.test(code) ? code : null;
}

/**
 * A code for a record that has no English name yet: the kind's prefix, the day and a short random tail
 * (`PROGRAM-20261204-7QK2`), valid as it stands and unlikely to be taken; the official may replace it.
 */
export function generatedCode(prefix: string, today: string, random: () => number = Math.random): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let tail = '';
  for (let i = 0; i < 4; i++) tail += alphabet[Math.floor(random() * alphabet.length)];
  const head = codeFromName(prefix) ?? 'RECORD';
  return `${head}-${today.replaceAll('-', '')}-${tail}`;
}

/** Why a code being typed would be refused, before it is sent: the same rule as `recordCode`. */
export type CodeProblem = 'TOO_SHORT' | 'TOO_LONG' | 'LOWER_CASE' | 'INVALID_FORMAT';

export function codeProblem(value: string): CodeProblem | null {
  if (value.length < CODE_MIN) return 'TOO_SHORT';
  if (value.length > CODE_MAX) return 'TOO_LONG';
  if (RECORD_CODE_PATTERN.test(value)) return null;
  return RECORD_CODE_PATTERN.test(value.toUpperCase()) ? 'LOWER_CASE' : 'INVALID_FORMAT';
}
