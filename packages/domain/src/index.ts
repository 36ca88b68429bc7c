// biome-ignore-all assist/source/organizeImports: the public API is listed in the order it grew, so that adding an area appends lines rather than reshuffling everyone's.
export type { CodeList } from './shared/code-list.js';
export { defineCodeList } from './shared/code-list.js';
export { isEndBeforeStart } from './shared/date-range.js';
export type { HierarchyCheck, ParentOf } from './shared/hierarchy.js';
export { ancestorsOf, checkParent } from './shared/hierarchy.js';
export type { Bilingual, Locale } from './shared/locale.js';
export { LOCALES, pickLocale } from './shared/locale.js';
export {
  bilingualText,
  calendarDate,
  findControlCharacter,
  isBlankText,
  isDateInRange,
  isoDate,
  isRecordCode,
  optionalIsoDate,
  plainText,
  RECORD_CODE_PATTERN,
  recordCode,
  refineControl,
  trimInvisible,
} from './shared/text.js';
export type { TextOptions } from './shared/text.js';
export type { CodeProblem } from './shared/code-suggestion.js';
export { codeFromName, codeProblem, generatedCode } from './shared/code-suggestion.js';
export {
  ALTITUDE_MAX,
  GEOMETRY_VERTICES_MAX,
  NEAR_RADIUS_MAX,
  ALTITUDE_MIN,
  AREA_MAX,
  CAPACITY_MAX,
  CODE_MAX,
  CODE_MIN,
  DATE_MAX,
  DATE_MIN,
  DESCRIPTION_MAX,
  EMAIL_MAX,
  FIGURE_DECIMAL_PLACES_MAX,
  FIGURE_WHOLE_DIGITS_MAX,
  FILTER_TEXT_MAX,
  NAME_MAX,
  NOTE_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  PERIOD_TEXT_MAX,
  PERSON_NAME_MAX,
  PROGRESS_MAX,
  PROGRESS_MIN,
  PUBLISHER_MAX,
  RECORD_ID_MAX,
  SEARCH_MAX,
  SOURCE_TITLE_MAX,
  SPECIALISATION_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
  TOKEN_NAME_MAX,
  URL_MAX,
} from './shared/limits.js';
export type { IssueCode, Validated, ValidationIssue } from './shared/validation.js';
export { formatIssue, fromZodIssues, ISSUE_CODES, validateWith } from './shared/validation.js';
export type { Program, ProgramValues } from './programs/program.js';
export {
  PROGRAM_FIELD_LABELS,
  PROGRAM_NAME_MAX,
  PROGRAM_SUMMARY_MAX,
  ProgramArea,
  ProgramInput,
  ProgramPatch,
  ProgramStatus,
  validateProgram,
  validateProgramPatch,
} from './programs/program.js';
export type { BenefitRule, BenefitRuleValues } from './benefits/benefit-rule.js';
export {
  BENEFIT_AMOUNT_MAX,
  BENEFIT_MONTHS_MAX,
  BENEFIT_RULE_FIELD_LABELS,
  BenefitKind,
  BenefitRuleInput,
  ChildOrder,
  checkRuleOverlap,
  isRuleInEffect,
  validateBenefitRule,
} from './benefits/benefit-rule.js';
export type { Entitlement, Payment } from './benefits/entitlement.js';
export {
  addMonthsClamped,
  computeEntitlement,
  EntitlementQuery,
  monthlyPaymentDates,
  rulesFor,
} from './benefits/entitlement.js';
export type { Capacity, Facility, FacilityValues, Location } from './facilities/facility.js';
export {
  CapacityInput,
  CapacityUnit,
  Coordinates,
  canTransition,
  checkTransition,
  FACILITY_FIELD_LABELS,
  FACILITY_NAME_MAX,
  FACILITY_TRANSITIONS,
  FacilityInput,
  FacilityKind,
  FacilityStatus,
  LocationInput,
  LocationPrecision,
  nextStatuses,
  validateFacility,
  validateFacilityUpdate,
} from './facilities/facility.js';
export type { MilestoneValues } from './facilities/milestone.js';
export {
  furthestStatus,
  MILESTONE_FIELD_LABELS,
  MILESTONE_IMPLIES,
  MilestoneInput,
  MilestoneKind,
  statusImpliedBy,
  validateMilestone,
} from './facilities/milestone.js';
export type {
  Organisation,
  OrganisationLink,
  OrganisationValues,
} from './organisations/organisation.js';
export {
  checkOrganisationLinks,
  checkOrganisationParent,
  ORGANISATION_FIELD_LABELS,
  ORGANISATION_NAME_MAX,
  OrganisationInput,
  OrganisationKind,
  OrganisationLinkInput,
  OrganisationRole,
  validateOrganisation,
} from './organisations/organisation.js';
export { checkParentIssue, labelParams } from './shared/issues.js';
export type { StoredRecord } from './shared/record.js';
export {
  COMMON_FIELD_LABELS,
  commonRecordFields,
  DatePrecision,
  isDateAtPrecision,
  optionalDescription,
  optionalRecordId,
  PRECISION_EXAMPLES,
  positiveNumber,
  recordId,
  recordIdList,
  refineDatePrecision,
  Visibility,
} from './shared/record.js';
export { optionalBilingualText, optionalText, requiredText } from './shared/text.js';
export type { Source, SourceValues } from './sources/source.js';
export {
  httpUrl,
  isHttpUrl,
  SOURCE_FIELD_LABELS,
  SourceInput,
  SourceKind,
  validateSource,
} from './sources/source.js';
export type { Rounding } from './statistics/decimal.js';
export {
  absDecimal,
  addDecimals,
  canonicalDecimal,
  compareDecimals,
  decimalSign,
  decimalString,
  decimalToNumber,
  divideDecimals,
  isDecimal,
  multiplyDecimals,
  negateDecimal,
  roundDecimal,
  subtractDecimals,
  sumDecimals,
  toFixedDecimal,
} from './statistics/decimal.js';
export { Frequency, Granularity, MONTHS_IN } from './statistics/frequency.js';
export type {
  Indicator,
  IndicatorValues,
  ObservationValues,
  Subject,
  TargetValues,
} from './statistics/indicator.js';
export {
  Aggregation,
  Direction,
  INDICATOR_FIELD_LABELS,
  IndicatorInput,
  IndicatorUnit,
  MULTIPLIER_FACTORS,
  Multiplier,
  ObservationInput,
  ObservationStatus,
  SubjectInput,
  SubjectType,
  TargetInput,
  TargetKind,
  toBaseUnits,
  validateIndicator,
  validateObservation,
  validateTarget,
} from './statistics/indicator.js';
export type { Period, PeriodPoint, PeriodSpan, SinglePeriod } from './statistics/period.js';
export {
  checkPeriodFrequency,
  comparePeriods,
  containingPoint,
  formatPeriod,
  monthsOf,
  parsePeriod,
  periodSpelling,
  periodFrom,
  periodLabel,
  periodMatchesFrequency,
  periodText,
  previousYearPeriod,
  toPeriod,
} from './statistics/period.js';
export type { RolledUpValue } from './statistics/roll-up.js';
export { AVERAGE_EXTRA_PLACES, rollUp } from './statistics/roll-up.js';
export type { CumulativePoint, PeriodValue, YoyChange } from './statistics/series.js';
export { baseFromYoy, cumulative, PERCENT_PLACES, progressToTarget, yoyChange } from './statistics/series.js';
export type { VintageRecord } from './statistics/vintage.js';
export {
  asOf,
  checkSingleCurrentVintage,
  currentVintage,
  supersede,
  vintagesOf,
  wasKnownAt,
} from './statistics/vintage.js';
export type { Area } from './zones/area.js';
export {
  AreaInput,
  AreaUnit,
  areaToSquareMetres,
  convertArea,
  SQUARE_METRES_PER_PYEONG_DENOMINATOR,
  SQUARE_METRES_PER_PYEONG_NUMERATOR,
  squareMetresToPyeong,
} from './zones/area.js';
export type { ExemptionValues } from './zones/exemption.js';
export {
  EXEMPTION_FIELD_LABELS,
  ExemptionInput,
  ExemptionKind,
  validateExemptionForZone,
} from './zones/exemption.js';
export {
  GeometryProblem,
  GeometryType,
  MultiPolygonGeometry,
  geometryBounds,
  PolygonGeometry,
  ZoneGeometry,
} from './zones/geometry.js';
export type { BoundingBox, Near } from './shared/spatial.js';
export {
  BoundingBoxInput,
  boxAround,
  boxesMeet,
  formatBox,
  isWithinBox,
  NearInput,
  outsideBoundsIssue,
} from './shared/spatial.js';
export type { Designation, Zone, ZoneValues } from './zones/zone.js';
export {
  checkZoneLinks,
  DesignationInput,
  SPECIALISATIONS_MAX,
  validateZone,
  ZONE_FIELD_LABELS,
  ZONE_NAME_MAX,
  ZoneInput,
  ZoneKind,
  ZoneStatus,
} from './zones/zone.js';
export type { PasswordChangeValues, ProfileValues, UserValues } from './accounts/account.js';
export {
  PasswordChangeInput,
  ProfileInput,
  Role,
  roleIncludes,
  USER_FIELD_LABELS,
  UserInput,
  validateUser,
} from './accounts/account.js';
export type {
  ImportColumnSpec,
  ImportColumns,
  ObservationColumn,
  ProgramColumn,
} from './imports/sheet-columns.js';
export {
  codeOfText,
  defineImportColumns,
  normaliseHeader,
  OBSERVATION_COLUMNS,
  PROGRAM_COLUMNS,
  statusOf,
} from './imports/sheet-columns.js';
export type {
  Cell,
  ImportRowInput,
  RowError,
  SheetProblem,
  SheetRecord,
  SheetRecords,
  SheetRows,
} from './imports/sheet-rows.js';
export {
  cellText,
  IMPORT_FILE_BYTES_MAX,
  IMPORT_FILE_ROWS_MAX,
  IMPORT_ROWS_MAX,
  mergeRowErrorsBy,
  observationSheetRows,
  sheetRecords,
  exampleRowError,
  TEMPLATE_EXAMPLE_MARK,
} from './imports/sheet-rows.js';
export type { ProgramImportRowInput, ProgramSheetRows } from './imports/program-sheet-rows.js';
export { programSheetRows } from './imports/program-sheet-rows.js';
export { fillTemplate } from './shared/template.js';
export { isSameKindOfPeriod, isYearToDate, periodMonthCount } from './statistics/period.js';
export type { EditOutcome, PublicationStep } from './publishing/publication-state.js';
export {
  actionsFrom,
  editOutcome,
  PUBLICATION_STEPS,
  PublicationAction,
  PublicationDisplay,
  PublicationState,
} from './publishing/publication-state.js';
export type { PublicationIssue, PublicationIssueCode } from './publishing/publication-issues.js';
export {
  formatPublicationIssue,
  PUBLICATION_FIELD_LABELS,
  PUBLICATION_ISSUE_CODES,
  PUBLICATION_MESSAGES,
} from './publishing/publication-issues.js';
export type { PublicationStepValues } from './publishing/publication-input.js';
export {
  PUBLICATION_INPUTS,
  PublicationStepInput,
  REVIEW_COMMENT_MAX,
  releaseTime,
  validatePublicationStep,
  WITHDRAWAL_REASON_MAX,
} from './publishing/publication-input.js';
export type {
  PublicationActor,
  PublicationChanges,
  PublicationDecision,
  PublicationItem,
} from './publishing/transition.js';
export { availableActions, decideTransition } from './publishing/transition.js';
export type {
  PublicationTimes,
  PublicWindow,
  PublishableItem,
  PublishableVintage,
} from './publishing/public-version.js';
export {
  displayStateOf,
  isEmbargoed,
  isPubliclyVisible,
  publicVersionAt,
  publicWindows,
  releasedAt,
} from './publishing/public-version.js';
export type { MigratedPublication, MigratedRecord } from './publishing/migration.js';
export { migrationState } from './publishing/migration.js';
