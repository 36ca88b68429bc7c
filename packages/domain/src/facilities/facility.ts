import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { labelParams } from '../shared/issues.js';
import { CAPACITY_MAX, NAME_MAX, TITLE_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import {
  COMMON_FIELD_LABELS,
  commonRecordFields,
  optionalRecordId,
  positiveNumber,
  recordIdList,
  type StoredRecord,
} from '../shared/record.js';
import { bilingualText } from '../shared/text.js';
import { type Validated, type ValidationIssue, validateWith } from '../shared/validation.js';

/** What a facility is (시설 유형). */
export const FacilityKind = defineCodeList('FacilityKind', {
  PLANT: { ko: '생산 공장', en: 'Plant' },
  DATA_CENTRE: { ko: '데이터센터', en: 'Data centre' },
  CERTIFICATION_CENTRE: { ko: '인증센터', en: 'Certification centre' },
  CHILDCARE_CENTRE: { ko: '돌봄센터', en: 'Childcare centre' },
  ARENA: { ko: '경기장', en: 'Arena' },
  CONVENTION_CENTRE: { ko: '컨벤션센터', en: 'Convention centre' },
  SPORTS_CENTRE: { ko: '체육시설', en: 'Sports centre' },
  CULTURE_VENUE: { ko: '문화시설', en: 'Culture venue' },
});
export type FacilityKind = (typeof FacilityKind.codes)[number];

/** Where a facility is in its life (추진 단계). The order of the keys is the order of the steps. */
export const FacilityStatus = defineCodeList('FacilityStatus', {
  PLANNED: { ko: '계획', en: 'Planned' },
  AGREED: { ko: '협약 체결', en: 'Agreed' },
  UNDER_CONSTRUCTION: { ko: '건설 중', en: 'Under construction' },
  COMPLETED: { ko: '준공', en: 'Completed' },
  OPERATING: { ko: '운영 중', en: 'Operating' },
  SUSPENDED: { ko: '중단', en: 'Suspended' },
  CLOSED: { ko: '폐쇄', en: 'Closed' },
});
export type FacilityStatus = (typeof FacilityStatus.codes)[number];

/**
 * The lifecycle, and the only place it is written down. The rules:
 * - forward one step at a time: PLANNED → AGREED → UNDER_CONSTRUCTION → COMPLETED → OPERATING.
 *   Skipping (PLANNED → COMPLETED) is refused, because each step is a dated milestone we would lose;
 *   record the steps in between, even on the same day.
 * - any step before CLOSED may be SUSPENDED (중단);
 * - SUSPENDED resumes to PLANNED, AGREED, UNDER_CONSTRUCTION or OPERATING — the step that restarts,
 *   which may be earlier than where it stopped (a suspended project re-planned). Not COMPLETED: that
 *   is the moment a building is handed over, not a state work resumes into.
 * - any status may be CLOSED (폐쇄) except CLOSED; CLOSED is terminal.
 * - there is no going back otherwise (OPERATING → PLANNED is a correction of a wrong record, made by
 *   editing history, not a transition).
 * A new facility may start at any status: the seed records facilities that already operate.
 */
export const FACILITY_TRANSITIONS: Readonly<Record<FacilityStatus, readonly FacilityStatus[]>> = {
  PLANNED: ['AGREED', 'SUSPENDED', 'CLOSED'],
  AGREED: ['UNDER_CONSTRUCTION', 'SUSPENDED', 'CLOSED'],
  UNDER_CONSTRUCTION: ['COMPLETED', 'SUSPENDED', 'CLOSED'],
  COMPLETED: ['OPERATING', 'SUSPENDED', 'CLOSED'],
  OPERATING: ['SUSPENDED', 'CLOSED'],
  SUSPENDED: ['PLANNED', 'AGREED', 'UNDER_CONSTRUCTION', 'OPERATING', 'CLOSED'],
  CLOSED: [],
};

/** Whether `from → to` is a legal move. Staying put is not a transition, so `canTransition(x, x)` is false. */
export function canTransition(from: FacilityStatus, to: FacilityStatus): boolean {
  return FACILITY_TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: FacilityStatus): readonly FacilityStatus[] {
  return FACILITY_TRANSITIONS[from];
}

/**
 * The check an update runs: `null` when the change is allowed — including no change at all, so an
 * edit that leaves the status alone passes — otherwise an ILLEGAL_TRANSITION naming both steps.
 */
export function checkTransition(
  from: FacilityStatus,
  to: FacilityStatus,
  field = 'status',
): ValidationIssue | null {
  if (from === to || canTransition(from, to)) return null;
  return {
    field,
    code: 'ILLEGAL_TRANSITION',
    params: { ...labelParams(FacilityStatus, from, 'from'), ...labelParams(FacilityStatus, to, 'to') },
  };
}

/**
 * How sure we are of a point on the map. Without coordinates from a source, a location is APPROXIMATE;
 * a point an official clicked on the admin's map is PLACED_ON_MAP (as good as their eye and the zoom).
 */
export const LocationPrecision = defineCodeList('LocationPrecision', {
  EXACT: { ko: '정확', en: 'Exact' },
  APPROXIMATE: { ko: '대략', en: 'Approximate' },
  PLACED_ON_MAP: { ko: '지도에서 지정', en: 'Placed on the map' },
});
export type LocationPrecision = (typeof LocationPrecision.codes)[number];

export const Coordinates = z
  .object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) })
  .strict();
export type Coordinates = z.output<typeof Coordinates>;

export const LocationInput = z
  .object({
    address: bilingualText(TITLE_MAX)
      .nullish()
      .transform((v) => v ?? null),
    coordinates: Coordinates.nullish().transform((v) => v ?? null),
    /** Defaults to APPROXIMATE: claiming exactness is a statement someone has to make. */
    precision: LocationPrecision.schema.default('APPROXIMATE'),
  })
  .strict();
export type LocationInput = z.input<typeof LocationInput>;
export type Location = z.output<typeof LocationInput>;

/** What a facility can hold or produce; the unit says which. */
export const CapacityUnit = defineCodeList('CapacityUnit', {
  SEATS: { ko: '석', en: 'seats' },
  PERSONS: { ko: '명', en: 'persons' },
  VEHICLES_PER_YEAR: { ko: '대/년', en: 'vehicles a year' },
  PETAFLOPS: { ko: 'PF', en: 'petaflops' },
  MEGAWATTS: { ko: 'MW', en: 'MW' },
  SQUARE_METRES: { ko: '㎡', en: 'm²' },
});
export type CapacityUnit = (typeof CapacityUnit.codes)[number];

export const CapacityInput = z
  .object({ value: positiveNumber(CAPACITY_MAX), unit: CapacityUnit.schema })
  .strict();
export type Capacity = z.output<typeof CapacityInput>;

export const FACILITY_NAME_MAX = NAME_MAX;

export const FacilityInput = z
  .object({
    ...commonRecordFields,
    name: bilingualText(FACILITY_NAME_MAX),
    kind: FacilityKind.schema,
    status: FacilityStatus.schema,
    zoneId: optionalRecordId,
    /** The organisation that runs it (GGM runs its plant); other parts are organisation links. */
    operatorId: optionalRecordId,
    programIds: recordIdList,
    location: LocationInput.nullish().transform((v) => v ?? null),
    capacity: CapacityInput.nullish().transform((v) => v ?? null),
  })
  .strict();
export type FacilityInput = z.input<typeof FacilityInput>;
export type FacilityValues = z.output<typeof FacilityInput>;
export interface Facility extends FacilityValues, StoredRecord {}

export function validateFacility(input: unknown): Validated<FacilityValues> {
  return validateWith(FacilityInput, input);
}

/** Validates an update of a stored facility: the fields, and the move from its current status. */
export function validateFacilityUpdate(current: FacilityStatus, input: unknown): Validated<FacilityValues> {
  const result = validateFacility(input);
  if (!result.ok) return result;
  const transition = checkTransition(current, result.value.status);
  return transition ? { ok: false, issues: [transition] } : result;
}

export const FACILITY_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  ...COMMON_FIELD_LABELS,
  kind: { ko: '시설 유형', en: 'Kind' },
  status: { ko: '상태', en: 'Status' },
  zoneId: { ko: '구역', en: 'Zone' },
  operatorId: { ko: '운영 기관', en: 'Operator' },
  programIds: { ko: '관련 사업', en: 'Programs' },
  location: { ko: '위치', en: 'Location' },
  'location.address': { ko: '주소', en: 'Address' },
  'location.address.ko': { ko: '주소(한국어)', en: 'Address (Korean)' },
  'location.coordinates.lon': { ko: '경도', en: 'Longitude' },
  'location.coordinates.lat': { ko: '위도', en: 'Latitude' },
  'location.precision': { ko: '위치 정확도', en: 'Location precision' },
  capacity: { ko: '규모', en: 'Capacity' },
  'capacity.value': { ko: '규모 값', en: 'Capacity value' },
  'capacity.unit': { ko: '규모 단위', en: 'Capacity unit' },
};
