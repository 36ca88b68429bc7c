import {
  type Bilingual,
  checkZoneLinks,
  recordIdList,
  validateWith,
  ZONE_FIELD_LABELS,
  ZoneInput,
} from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import { builder } from '../../graphql/builder.js';
import { DatePrecisionEnum, LocalizedTextInput, VisibilityEnum } from '../../graphql/common.js';
import { countReferrers, deleteBlockers, type Referrer } from '../../records/in-use.js';
import {
  decodeIdList,
  decodeOptionalId,
  defineRecordMutations,
  recordInputs,
} from '../../records/record-mutations.js';
import {
  missingIds,
  parentChain,
  type RecordWriteSpec,
  type StoreIssue,
} from '../../records/record-writes.js';
import { Program } from '../programs/ref.js';
import { Source } from '../sources/ref.js';
import { Zone, type ZoneEntity } from './zone.entity.js';
import { AreaUnitEnum, GeoJSONScalar, ZoneKindEnum, ZoneStatusEnum } from './zone.graphql.js';
import { ZoneRef } from './zone.ref.js';
import { type ZoneRecord, zoneColumns, zoneRepository, zoneValues } from './zone.repository.js';

/** The domain's zone plus the programs it serves, which live in program_zone beside the zone. */
const ZoneRecordInput = ZoneInput.extend({ programIds: recordIdList });

const ZONE_LABELS: Readonly<Record<string, Bilingual>> = {
  ...ZONE_FIELD_LABELS,
  programIds: { ko: '관련 사업', en: 'Programs' },
};

/** The parent must exist; parent and overlaps must make no cycle and not point at the zone itself. */
async function linkIssues(em: EntityManager, id: string | null, values: ZoneRecord): Promise<StoreIssue[]> {
  if (values.parentId && !(await zoneRepository.exists(em, values.parentId)))
    return [{ field: 'parentId', code: 'NOT_FOUND' }];
  const chain = values.parentId ? await parentChain(em, Zone, values.parentId, id) : new Map();
  return checkZoneLinks(id, values, (z) => (z === id ? undefined : chain.get(z)));
}

/** What still refers to a zone. Exemptions, overlaps and organisation links go with it. */
const ZONE_REFERRERS: readonly Referrer[] = [
  { as: 'Facility', entity: 'Facility', property: 'zone' },
  { as: 'Indicator', entity: 'Indicator', property: 'subjectZone' },
];

export const zoneWrites: RecordWriteSpec<ZoneEntity, ZoneRecord> = {
  typename: 'Zone',
  entity: Zone,
  labels: ZONE_LABELS,
  populate: ['sources', 'overlaps', 'programs'],
  validate: (input) => validateWith(ZoneRecordInput, input),
  toValues: zoneValues,
  apply: (em, zone, values) =>
    zone ? em.assign(zone, zoneColumns(values, em)) : em.create(Zone, zoneColumns(values, em)),
  storeIssues: async (em, id, values) => [
    ...(await linkIssues(em, id, values)),
    ...(await missingIds(em, Zone, values.overlappingZoneIds, 'overlappingZoneIds')),
    ...(await missingIds(em, Program, values.programIds, 'programIds')),
    ...(await missingIds(em, Source, values.sourceIds, 'sourceIds')),
  ],
  async deleteBlockers(em, zone) {
    const districts = await zoneRepository.countChildren(em, zone.id);
    return deleteBlockers(districts, await countReferrers(em, ZONE_REFERRERS, zone.id));
  },
};

const DesignationInput = builder.inputType('DesignationInput', {
  fields: (t) => ({
    authority: t.field({ type: LocalizedTextInput, required: true, description: 'Who designated the zone.' }),
    instrumentNumber: t.string({ description: 'Notice number (고시 번호).' }),
    designatedOn: t.field({ type: 'Date', required: true }),
    designatedOnPrecision: t.field({
      type: DatePrecisionEnum,
      description: 'DAY by default; MONTH or YEAR when the source gave no day (the date is then the 1st).',
    }),
    expiresOn: t.field({ type: 'Date' }),
  }),
});

const AreaInput = builder.inputType('AreaInput', {
  fields: (t) => ({
    value: t.float({ required: true, description: 'Greater than 0, in `unit`.' }),
    unit: t.field({ type: AreaUnitEnum, required: true, description: 'The unit the source used.' }),
  }),
});

const { createInput: CreateZoneInput, updateInput: UpdateZoneInput } = recordInputs('Zone', {
  updateDescription: 'Fields left out are kept; a field sent as null is cleared.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'UPPER-KEBAB, unique, e.g. GWANGJU-FEZ.' }),
    name: t.field({ type: LocalizedTextInput, required: true }),
    description: t.field({ type: LocalizedTextInput }),
    kind: t.field({ type: ZoneKindEnum, required: true }),
    status: t.field({ type: ZoneStatusEnum, required: true }),
    parentId: t.id({ description: 'The zone this one is a district of.' }),
    overlappingZoneIds: t.idList({ description: 'Zones this one overlaps without nesting in them.' }),
    designation: t.field({ type: DesignationInput }),
    area: t.field({ type: AreaInput }),
    specialisations: t.field({ type: [LocalizedTextInput] }),
    geometry: t.field({ type: GeoJSONScalar, description: 'A GeoJSON Polygon or MultiPolygon in WGS84.' }),
    programIds: t.idList({ description: 'Programs carried out in this zone.' }),
    visibility: t.field({ type: VisibilityEnum }),
    sourceIds: t.idList({ description: 'Ids of the sources the facts come from.' }),
  }),
});

defineRecordMutations({
  typename: 'Zone',
  names: { create: 'createZone', update: 'updateZone', delete: 'deleteZone' },
  ref: ZoneRef,
  spec: zoneWrites,
  createInput: CreateZoneInput,
  updateInput: UpdateZoneInput,
  toDomain: (input) => {
    const decoded = {
      parentId: decodeOptionalId(input.parentId, 'Zone', 'parentId'),
      overlappingZoneIds: decodeIdList(input.overlappingZoneIds, 'Zone', 'overlappingZoneIds'),
      programIds: decodeIdList(input.programIds, 'Program', 'programIds'),
      sourceIds: decodeIdList(input.sourceIds, 'Source', 'sourceIds'),
    };
    return {
      ...input,
      ...Object.fromEntries(Object.entries(decoded).filter(([, v]) => v !== undefined)),
    };
  },
});
