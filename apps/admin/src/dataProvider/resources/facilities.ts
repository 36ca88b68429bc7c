import { CapacityUnit, FacilityKind, FacilityStatus, LocationPrecision } from '@bitgoeul/domain';
import { code, excludeIds, id, search, value } from '../filterRules';
import type { LocalizedText } from '../recordMapping';
import type { ResourceDefinition } from '../resourceDefinition';

export interface FacilityRecord {
  id: string;
  code: string;
  name: LocalizedText;
  kind: FacilityKind;
  status: FacilityStatus;
  /** Where the lifecycle lets an update move it from `status` (the server asks the domain). */
  nextStatuses: FacilityStatus[];
  statusFromMilestones: FacilityStatus | null;
  version: number;
}

export const facilitiesResource: ResourceDefinition = {
  name: 'facilities',
  typeName: 'Facility',
  plural: 'Facilities',
  codeLists: {
    kind: FacilityKind,
    status: FacilityStatus,
    'location.precision': LocationPrecision,
    'capacity.unit': CapacityUnit,
  },
  selection: `
    id
    code
    name { ko en }
    description { ko en }
    kind
    status
    nextStatuses
    statusFromMilestones
    visibility
    version
    createdAt
    updatedAt
    location { address { ko en } coordinates { lon lat } precision }
    capacity { value unit }`,
  references: { zoneId: 'zone', operatorId: 'operator' },
  referenceLists: { programIds: 'programs', sourceIds: 'sources' },
  inputFields: [
    'code',
    'name',
    'description',
    'kind',
    'status',
    'zoneId',
    'operatorId',
    'programIds',
    'location',
    'capacity',
    'visibility',
    'sourceIds',
  ],
  localized: ['name', 'description'],
  orderFields: {
    code: 'CODE',
    'name.ko': 'NAME_KO',
    'name.en': 'NAME_EN',
    kind: 'KIND',
    status: 'STATUS',
    createdAt: 'CREATED_AT',
    updatedAt: 'UPDATED_AT',
  },
  filters: {
    q: search(),
    kind: code('kind'),
    status: code('status'),
    visibility: code('visibility'),
    zoneId: id('zone'),
    zoneWithin: value('zoneWithin'),
    operatorId: id('operator'),
    programIds: id('program'),
    excludeIds: excludeIds(),
  },
};
