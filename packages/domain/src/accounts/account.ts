import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN, PERSON_NAME_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import { plainText, refineControl, requiredText } from '../shared/text.js';
import { type Validated, validateWith } from '../shared/validation.js';

/**
 * What a person may do in Bitgoeul. Viewers read everything (internal records too), editors also
 * change domain records, admins also manage accounts and API tokens.
 */
export const Role = defineCodeList('Role', {
  VIEWER: { ko: '열람자', en: 'Viewer' },
  EDITOR: { ko: '편집자', en: 'Editor' },
  ADMIN: { ko: '관리자', en: 'Administrator' },
});
export type Role = (typeof Role.codes)[number];

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/** Whether a role includes another's rights (an admin can do what an editor can). */
export function roleIncludes(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

export const email = plainText(EMAIL_MAX)
  .transform((v) => v.toLowerCase())
  .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
    params: { code: 'INVALID_FORMAT', example: 'name@gwangju.go.kr' },
  });

/** Not trimmed (a space can be part of a passphrase), but control characters are refused like everywhere. */
export const password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX).superRefine(refineControl());

export const UserInput = z
  .object({
    email,
    name: requiredText(PERSON_NAME_MAX),
    role: Role.schema,
    password: password.optional(),
  })
  .strict();
export type UserInput = z.input<typeof UserInput>;
export type UserValues = z.output<typeof UserInput>;

export function validateUser(input: unknown): Validated<UserValues> {
  return validateWith(UserInput, input);
}

export const USER_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  email: { ko: '이메일', en: 'Email' },
  name: { ko: '이름', en: 'Name' },
  role: { ko: '역할', en: 'Role' },
  password: { ko: '비밀번호', en: 'Password' },
};
