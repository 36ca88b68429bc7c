import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { isEndBeforeStart } from '../shared/date-range.js';
import { labelParams } from '../shared/issues.js';
import { TITLE_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import { optionalDescription, recordIdList } from '../shared/record.js';
import { bilingualText, optionalIsoDate } from '../shared/text.js';
import { type Validated, type ValidationIssue, validateWith } from '../shared/validation.js';
import { ZoneKind } from './zone.js';

/**
 * The special exemptions (규제 특례) a regulation-free zone grants: a demonstration exemption lets a
 * business test what the law does not yet allow; a temporary permit lets it sell where the law is silent.
 */
export const ExemptionKind = defineCodeList('ExemptionKind', {
  DEMONSTRATION: { ko: '실증특례', en: 'Demonstration exemption' },
  TEMPORARY_PERMIT: { ko: '임시허가', en: 'Temporary permit' },
});
export type ExemptionKind = (typeof ExemptionKind.codes)[number];

export const ExemptionInput = z
  .object({
    kind: ExemptionKind.schema,
    /** The statute the exemption sets aside, e.g. 자동차관리법 (Motor Vehicle Management Act). */
    law: bilingualText(TITLE_MAX),
    /** What the exemption is conditional on (routes, speeds, insurance…). */
    conditions: optionalDescription,
    validFrom: optionalIsoDate,
    validTo: optionalIsoDate,
    sourceIds: recordIdList,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (isEndBeforeStart(value.validFrom, value.validTo)) {
      ctx.addIssue({
        code: 'custom',
        path: ['validTo'],
        message: 'end before start',
        params: { code: 'END_BEFORE_START', other: 'validFrom' },
      });
    }
  });
export type ExemptionInput = z.input<typeof ExemptionInput>;
export type ExemptionValues = z.output<typeof ExemptionInput>;

/** Special exemptions exist only in regulation-free zones; anywhere else they are refused. */
export function validateExemptionForZone(zoneKind: ZoneKind, input: unknown): Validated<ExemptionValues> {
  const zoneIssue: ValidationIssue[] =
    zoneKind === 'REGULATION_FREE_ZONE'
      ? []
      : [
          {
            field: 'zoneId',
            code: 'EXEMPTION_NOT_ALLOWED',
            params: labelParams(ZoneKind, zoneKind, 'zoneKind'),
          },
        ];
  const result = validateWith(ExemptionInput, input);
  if (zoneIssue.length === 0) return result;
  return { ok: false, issues: [...zoneIssue, ...(result.ok ? [] : result.issues)] };
}

export const EXEMPTION_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  zoneId: { ko: '구역', en: 'Zone' },
  kind: { ko: '특례 유형', en: 'Kind' },
  law: { ko: '관련 법령', en: 'Law' },
  'law.ko': { ko: '관련 법령(한국어)', en: 'Law (Korean)' },
  'law.en': { ko: '관련 법령(영어)', en: 'Law (English)' },
  conditions: { ko: '부가 조건', en: 'Conditions' },
  validFrom: { ko: '시작일', en: 'Valid from' },
  validTo: { ko: '종료일', en: 'Valid to' },
  sourceIds: { ko: '출처', en: 'Sources' },
};
