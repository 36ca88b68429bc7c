import { AreaUnit, DatePrecision, ZoneKind, ZoneStatus } from '@bitgoeul/domain';
import { code, excludeIds, id, search, value } from '../filterRules';
import type { ResourceDefinition } from '../resourceDefinition';

export const zonesResource: ResourceDefinition = {
  name: 'zones',
  typeName: 'Zone',
  plural: 'Zones',
  codeLists: {
    kind: ZoneKind,
    status: ZoneStatus,
    'area.unit': AreaUnit,
    'designation.designatedOnPrecision': DatePrecision,
  },
  selection: `
    id
    code
    name { ko en }
    description { ko en }
    kind
    status
    geometry
    visibility
    version
    createdAt
    updatedAt
    designation { authority { ko en } instrumentNumber designatedOn designatedOnPrecision expiresOn }
    area { value unit squareMetres }
    specialisations { ko en }`,
  references: { parentId: 'parent' },
  referenceLists: { sourceIds: 'sources', overlappingZoneIds: 'overlaps', programIds: 'programs' },
  inputFields: [
    'code',
    'name',
    'description',
    'kind',
    'status',
    'parentId',
    'overlappingZoneIds',
    'programIds',
    'designation',
    'area',
    'specialisations',
    'geometry',
    'visibility',
    'sourceIds',
  ],
  localized: ['name', 'description'],
  // The area is written as the source gave it ({ value, unit }); its m² equivalent is the server's.
  mapRecord: ({ area, ...record }) => {
    const given = area as { value: number; unit: string; squareMetres: number } | null;
    return {
      ...record,
      area: given ? { value: given.value, unit: given.unit } : null,
      areaSquareMetres: given?.squareMetres ?? null,
    };
  },
  orderFields: {
    code: 'CODE',
    'name.ko': 'NAME_KO',
    'name.en': 'NAME_EN',
    kind: 'KIND',
    status: 'STATUS',
    'designation.designatedOn': 'DESIGNATED_ON',
    createdAt: 'CREATED_AT',
    updatedAt: 'UPDATED_AT',
  },
  filters: {
    q: search(),
    kind: code('kind'),
    status: code('status'),
    visibility: code('visibility'),
    parentId: id('parent'),
    within: value('within'),
    excludeIds: excludeIds(),
  },
};
