import { OrganisationKind } from '@bitgoeul/domain';
import { code, excludeIds, id, search } from '../filterRules';
import type { ResourceDefinition } from '../resourceDefinition';

export const organisationsResource: ResourceDefinition = {
  name: 'organisations',
  typeName: 'Organisation',
  plural: 'Organisations',
  codeLists: { kind: OrganisationKind },
  selection: `
    id
    code
    name { ko en }
    description { ko en }
    kind
    visibility
    version
    createdAt
    updatedAt
    programs { role program { id code name { ko en } } }
    zones { role zone { id code name { ko en } } }`,
  references: { parentId: 'parent' },
  referenceLists: { sourceIds: 'sources' },
  inputFields: ['code', 'name', 'description', 'kind', 'parentId', 'visibility', 'sourceIds'],
  localized: ['name', 'description'],
  orderFields: {
    code: 'CODE',
    'name.ko': 'NAME_KO',
    'name.en': 'NAME_EN',
    kind: 'KIND',
    createdAt: 'CREATED_AT',
    updatedAt: 'UPDATED_AT',
  },
  filters: {
    q: search(),
    kind: code('kind'),
    visibility: code('visibility'),
    parentId: id('parent'),
    excludeIds: excludeIds(),
  },
};
