import {
  checkTransition,
  FACILITY_FIELD_LABELS,
  type FacilityValues,
  outsideBoundsIssue,
  validateFacility,
} from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { LocalizedTextInput, VisibilityEnum } from '../../graphql/common.js';
import { configuredCityBounds } from '../../records/city-bounds.js';
import { countReferrers, deleteBlockers, type Referrer } from '../../records/in-use.js';
import {
  decodeIdList,
  decodeOptionalId,
  defineRecordMutations,
  recordInputs,
} from '../../records/record-mutations.js';
import { missingIds, type RecordWriteSpec, type StoreIssue } from '../../records/record-writes.js';
import { Program } from '../programs/ref.js';
import { Source } from '../sources/ref.js';
import { Facility, type FacilityEntity } from './facility.entity.js';
import {
  CapacityUnitEnum,
  FacilityKindEnum,
  FacilityRef,
  FacilityStatusEnum,
  LocationPrecisionEnum,
} from './facility.ref.js';
import { facilityColumns, facilityRepository, facilityValues } from './facility.repository.js';

async function referenceIssues(em: Parameters<typeof missingIds>[0], values: FacilityValues) {
  const issues: StoreIssue[] = [];
  if (values.zoneId && !(await facilityRepository.zoneExists(em, values.zoneId))) {
    issues.push({ field: 'zoneId', code: 'NOT_FOUND' });
  }
  if (values.operatorId && !(await facilityRepository.organisationExists(em, values.operatorId))) {
    issues.push({ field: 'operatorId', code: 'NOT_FOUND' });
  }
  issues.push(...(await missingIds(em, Program, values.programIds, 'programIds')));
  issues.push(...(await missingIds(em, Source, values.sourceIds, 'sourceIds')));
  return issues;
}

/** Indicators about a facility keep it: its figures are the record. */
const FACILITY_REFERRERS: readonly Referrer[] = [
  { as: 'indicators', entity: 'Indicator', property: 'subjectFacility' },
];

export const facilityWrites: RecordWriteSpec<FacilityEntity, FacilityValues> = {
  typename: 'Facility',
  entity: Facility,
  labels: FACILITY_FIELD_LABELS,
  populate: ['sources', 'programs'],
  validate: validateFacility,
  toValues: facilityValues,
  apply: async (em, facility, values) => {
    const columns = await facilityColumns(values, em);
    return facility ? em.assign(facility, columns) : em.create(Facility, columns);
  },
  storeIssues: async (em, _id, values, current) => {
    // A new facility may start anywhere (the seed records ones already operating); a stored one
    // moves only along the lifecycle, judged from the status as stored, not as the client last saw it.
    const transition = current ? checkTransition(current.status, values.status) : null;
    const outside = outsideBoundsIssue(
      'location.coordinates',
      values.location?.coordinates,
      configuredCityBounds(),
    );
    return [
      ...(transition ? [transition] : []),
      ...(outside ? [outside] : []),
      ...(await referenceIssues(em, values)),
    ];
  },
  async deleteBlockers(em, facility) {
    return deleteBlockers(0, await countReferrers(em, FACILITY_REFERRERS, facility.id));
  },
};

const CoordinatesInput = builder.inputType('CoordinatesInput', {
  fields: (t) => ({
    lon: t.float({ required: true, description: 'Longitude, −180 to 180 (WGS84).' }),
    lat: t.float({ required: true, description: 'Latitude, −90 to 90 (WGS84).' }),
  }),
});

const LocationInput = builder.inputType('LocationInput', {
  fields: (t) => ({
    address: t.field({ type: LocalizedTextInput }),
    coordinates: t.field({ type: CoordinatesInput }),
    precision: t.field({
      type: LocationPrecisionEnum,
      description: 'APPROXIMATE when left out: claiming exactness is a statement someone has to make.',
    }),
  }),
});

const CapacityInput = builder.inputType('CapacityInput', {
  fields: (t) => ({
    value: t.float({ required: true, description: 'Greater than 0.' }),
    unit: t.field({ type: CapacityUnitEnum, required: true }),
  }),
});

const { createInput: CreateFacilityInput, updateInput: UpdateFacilityInput } = recordInputs('Facility', {
  // A stored facility's status moves only along the lifecycle, as the update input says.
  updateDescriptions: { status: null },
  updateDescription:
    'Fields left out are kept; a field sent as null is cleared. `location` and `capacity` are replaced whole. ' +
    'A new `status` must be one of the stored facility’s `nextStatuses`, else ILLEGAL_TRANSITION.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'UPPER-KEBAB, unique, e.g. GGM-PLANT.' }),
    name: t.field({ type: LocalizedTextInput, required: true }),
    description: t.field({ type: LocalizedTextInput }),
    kind: t.field({ type: FacilityKindEnum, required: true }),
    status: t.field({
      type: FacilityStatusEnum,
      required: true,
      description:
        'Any status to start with; later changes follow the lifecycle (see Facility.nextStatuses).',
    }),
    zoneId: t.id({ description: 'The zone it stands in.' }),
    operatorId: t.id({ description: 'The organisation that runs it.' }),
    programIds: t.idList({ description: 'Programs it is part of.' }),
    location: t.field({ type: LocationInput }),
    capacity: t.field({ type: CapacityInput }),
    visibility: t.field({ type: VisibilityEnum }),
    sourceIds: t.idList({ description: 'Ids of the sources the facts come from.' }),
  }),
});

defineRecordMutations({
  typename: 'Facility',
  names: { create: 'createFacility', update: 'updateFacility', delete: 'deleteFacility' },
  ref: FacilityRef,
  spec: facilityWrites,
  createInput: CreateFacilityInput,
  updateInput: UpdateFacilityInput,
  toDomain: facilityInputToDomain,
});

/** Global ids to store ids; absent stays absent (kept on update), null stays null (cleared). */
function facilityInputToDomain(input: Record<string, unknown>) {
  const ids = {
    zoneId: decodeOptionalId(input.zoneId, 'Zone', 'zoneId'),
    operatorId: decodeOptionalId(input.operatorId, 'Organisation', 'operatorId'),
    // A list sent as null clears it, like an empty list.
    programIds: input.programIds === null ? [] : decodeIdList(input.programIds, 'Program', 'programIds'),
    sourceIds: input.sourceIds === null ? [] : decodeIdList(input.sourceIds, 'Source', 'sourceIds'),
  };
  return {
    ...input,
    ...Object.fromEntries(Object.entries(ids).filter(([, v]) => v !== undefined)),
  };
}
