import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN, PERSON_NAME_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import { plainText, refineControl, requiredText } from '../shared/text.js';
import { type Validated, validateWith } from '../shared/validation.js';

/**
 * What a person may do in Bitgoeul. Viewers read everything (internal records too), editors also
 * change domain records and submit them for review, reviewers also approve, return, publish and
 * withdraw them (see publishing/), admins also manage accounts and API tokens. Each role includes
 * the ones before it: a reviewer may edit, and the four-eyes rule (never approve or return the
 * change you made last) keeps that from becoming self-approval.
 */
export const Role = defineCodeList('Role', {
  VIEWER: { ko: '열람자', en: 'Viewer' },
  EDITOR: { ko: '편집자', en: 'Editor' },
  REVIEWER: { ko: '검토자', en: 'Reviewer' },
  ADMIN: { ko: '관리자', en: 'Administrator' },
});
export type Role = (typeof Role.codes)[number];

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, REVIEWER: 3, ADMIN: 4 };

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

/** What a signed-in person may change of their own account: the name others see in the audit log. */
export const ProfileInput = UserInput.pick({ name: true }).strict();
export type ProfileValues = z.output<typeof ProfileInput>;

/**
 * A person changing their own password: the current one proves it is them (a session left open on a
 * shared computer is not enough), the new one follows the same rule as every account's.
 */
export const PasswordChangeInput = z
  .object({
    // Only bounded: whether it is right is for the store to say, and any text may have been the password.
    currentPassword: z.string().min(1).max(PASSWORD_MAX),
    newPassword: password,
  })
  .strict();
export type PasswordChangeValues = z.output<typeof PasswordChangeInput>;

export const USER_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  email: { ko: '이메일', en: 'Email' },
  name: { ko: '이름', en: 'Name' },
  role: { ko: '역할', en: 'Role' },
  password: { ko: '비밀번호', en: 'Password' },
  currentPassword: { ko: '현재 비밀번호', en: 'Current password' },
  newPassword: { ko: '새 비밀번호', en: 'New password' },
};
