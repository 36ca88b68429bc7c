import {
  Aggregation,
  AreaUnit,
  BenefitKind,
  CapacityUnit,
  ChildOrder,
  type CodeList,
  DatePrecision,
  Direction,
  ExemptionKind,
  FacilityKind,
  FacilityStatus,
  Frequency,
  IndicatorUnit,
  LocationPrecision,
  MilestoneKind,
  Multiplier,
  OrganisationKind,
  OrganisationRole,
  ProgramArea,
  ProgramStatus,
  Role,
  SubjectType,
  Visibility,
  ZoneKind,
  ZoneStatus,
} from '@bitgoeul/domain';

type Lists = Readonly<Record<string, CodeList<string>>>;

/**
 * Which recorded fields hold a code of which domain code list, per resource, so that a history entry reads
 * "상태: 계획 → 추진 중" instead of "PLANNED → IMPLEMENTATION". Paths are the audit's dotted paths.
 */
export const FIELD_CODE_LISTS: Readonly<Record<string, Lists>> = {
  programs: { area: ProgramArea, status: ProgramStatus },
  organisations: { kind: OrganisationKind },
  zones: {
    kind: ZoneKind,
    status: ZoneStatus,
    'area.unit': AreaUnit,
    'designation.designatedOnPrecision': DatePrecision,
  },
  exemptions: { kind: ExemptionKind },
  facilities: {
    kind: FacilityKind,
    status: FacilityStatus,
    'location.precision': LocationPrecision,
    'capacity.unit': CapacityUnit,
  },
  milestones: { kind: MilestoneKind, plannedOnPrecision: DatePrecision, actualOnPrecision: DatePrecision },
  indicators: {
    unit: IndicatorUnit,
    multiplier: Multiplier,
    frequency: Frequency,
    aggregation: Aggregation,
    direction: Direction,
    subjectType: SubjectType,
    'subject.type': SubjectType,
  },
  benefitRules: { kind: BenefitKind, childOrders: ChildOrder },
  users: { role: Role },
};

/** Fields every record has, whatever its resource (links to organisations are recorded on programs, zones, facilities). */
const COMMON: Lists = { visibility: Visibility, 'organisations.role': OrganisationRole };

export function codeListFor(resource: string | undefined, field: string): CodeList<string> | undefined {
  return (resource ? FIELD_CODE_LISTS[resource]?.[field] : undefined) ?? COMMON[field];
}
