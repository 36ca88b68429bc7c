import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { isEndBeforeStart } from '../shared/date-range.js';
import type { ParentOf } from '../shared/hierarchy.js';
import { checkParentIssue } from '../shared/issues.js';
import { NAME_MAX, PUBLISHER_MAX, SPECIALISATION_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import {
  COMMON_FIELD_LABELS,
  commonRecordFields,
  DatePrecision,
  optionalRecordId,
  recordIdList,
  refineDatePrecision,
  type StoredRecord,
} from '../shared/record.js';
import { bilingualText, isoDate, optionalIsoDate, optionalText } from '../shared/text.js';
import { type Validated, type ValidationIssue, validateWith } from '../shared/validation.js';
import { AreaInput } from './area.js';
import { ZoneGeometry } from './geometry.js';

/** The kinds of designated area a city develops (특구·산업단지 유형). */
export const ZoneKind = defineCodeList('ZoneKind', {
  ECONOMIC_FREE_ZONE: { ko: '경제자유구역', en: 'Free economic zone' },
  FEZ_DISTRICT: { ko: '경제자유구역 지구', en: 'Free economic zone district' },
  RND_SPECIAL_ZONE: { ko: '연구개발특구', en: 'R&D special zone' },
  REGULATION_FREE_ZONE: { ko: '규제자유특구', en: 'Regulation-free special zone' },
  NATIONAL_INDUSTRIAL_COMPLEX: { ko: '국가산업단지', en: 'National industrial complex' },
  GENERAL_INDUSTRIAL_COMPLEX: { ko: '일반산업단지', en: 'General industrial complex' },
  URBAN_HIGH_TECH_COMPLEX: { ko: '도시첨단산업단지', en: 'Urban high-tech industrial complex' },
  CONVERGENCE_CLUSTER: { ko: '융복합단지', en: 'Convergence cluster' },
});
export type ZoneKind = (typeof ZoneKind.codes)[number];

export const ZoneStatus = defineCodeList('ZoneStatus', {
  PLANNED: { ko: '계획', en: 'Planned' },
  DESIGNATED: { ko: '지정', en: 'Designated' },
  UNDER_DEVELOPMENT: { ko: '조성 중', en: 'Under development' },
  COMPLETED: { ko: '조성 완료', en: 'Completed' },
  LIFTED: { ko: '지정 해제', en: 'Lifted' },
});
export type ZoneStatus = (typeof ZoneStatus.codes)[number];

/** The legal act that created (or will create) the zone: who designated it, by which notice, when. */
export const DesignationInput = z
  .object({
    /** The designating authority, e.g. 산업통상자원부 (Ministry of Trade, Industry and Energy). */
    authority: bilingualText(PUBLISHER_MAX),
    /** The notice or gazette number (고시 번호), when known. */
    instrumentNumber: optionalText(PUBLISHER_MAX),
    designatedOn: isoDate,
    /** "지난해 6월" gives a month: store the 1st and say MONTH. */
    designatedOnPrecision: DatePrecision.schema.default('DAY'),
    expiresOn: optionalIsoDate,
  })
  .strict()
  .superRefine((value, ctx) => {
    refineDatePrecision(ctx, value.designatedOn, value.designatedOnPrecision, 'designatedOn');
    if (isEndBeforeStart(value.designatedOn, value.expiresOn)) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        message: 'expires before designated',
        params: { code: 'END_BEFORE_START', other: 'designation.designatedOn' },
      });
    }
  });
export type DesignationInput = z.input<typeof DesignationInput>;
export type Designation = z.output<typeof DesignationInput>;

export const ZONE_NAME_MAX = NAME_MAX;
export const SPECIALISATIONS_MAX = 50;

const nullable = <S extends z.ZodType>(schema: S) => schema.nullish().transform((v) => v ?? null);

export const ZoneInput = z
  .object({
    ...commonRecordFields,
    name: bilingualText(ZONE_NAME_MAX),
    kind: ZoneKind.schema,
    status: ZoneStatus.schema,
    /** The enclosing zone (a FEZ district's free economic zone), or null. Zones nest without cycles. */
    parentId: optionalRecordId,
    /** Zones this one overlaps without nesting: one district can sit inside several designations. */
    overlappingZoneIds: recordIdList,
    designation: nullable(DesignationInput),
    /** The area as the source stated it; convert with `areaToSquareMetres`. */
    area: nullable(AreaInput),
    /** What the zone is for: future cars, AI, smart energy… */
    specialisations: z.array(bilingualText(SPECIALISATION_MAX)).max(SPECIALISATIONS_MAX).default([]),
    geometry: nullable(ZoneGeometry),
  })
  .strict();
export type ZoneInput = z.input<typeof ZoneInput>;
export type ZoneValues = z.output<typeof ZoneInput>;
export interface Zone extends ZoneValues, StoredRecord {}

export function validateZone(input: unknown): Validated<ZoneValues> {
  return validateWith(ZoneInput, input);
}

/**
 * The checks that need other zones: the parent must not make a cycle, and a zone does not overlap
 * itself. `id` is null for a zone not yet stored (it cannot be anyone's ancestor yet).
 */
export function checkZoneLinks(
  id: string | null,
  links: { parentId: string | null; overlappingZoneIds: readonly string[] },
  parentOf: ParentOf,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const parent = checkParentIssue(id, links.parentId, parentOf);
  if (parent) issues.push(parent);
  links.overlappingZoneIds.forEach((other, i) => {
    if (id !== null && other === id)
      issues.push({ field: `overlappingZoneIds.${i}`, code: 'SELF_REFERENCE' });
  });
  return issues;
}

export const ZONE_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  ...COMMON_FIELD_LABELS,
  kind: { ko: '구역 유형', en: 'Kind' },
  status: { ko: '상태', en: 'Status' },
  parentId: { ko: '상위 구역', en: 'Parent zone' },
  overlappingZoneIds: { ko: '중첩 구역', en: 'Overlapping zones' },
  designation: { ko: '지정', en: 'Designation' },
  'designation.authority': { ko: '지정 기관', en: 'Designating authority' },
  'designation.instrumentNumber': { ko: '고시 번호', en: 'Notice number' },
  'designation.designatedOn': { ko: '지정일', en: 'Designated on' },
  'designation.designatedOnPrecision': { ko: '지정일 정밀도', en: 'Designation date precision' },
  'designation.expiresOn': { ko: '만료일', en: 'Expires on' },
  area: { ko: '면적', en: 'Area' },
  'area.value': { ko: '면적 값', en: 'Area value' },
  'area.unit': { ko: '면적 단위', en: 'Area unit' },
  specialisations: { ko: '특화 분야', en: 'Specialisations' },
  geometry: { ko: '경계(GeoJSON)', en: 'Boundary (GeoJSON)' },
};
