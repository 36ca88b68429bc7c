import { ExemptionKind } from '@bitgoeul/domain';
import { code, id, search } from '../filterRules';
import type { ResourceDefinition } from '../resourceDefinition';

export const exemptionsResource: ResourceDefinition = {
  name: 'exemptions',
  typeName: 'Exemption',
  plural: 'Exemptions',
  codeLists: { kind: ExemptionKind },
  selection: `
    id
    kind
    law { ko en }
    conditions { ko en }
    validFrom
    validTo
    version
    createdAt
    updatedAt`,
  references: { zoneId: 'zone' },
  referenceLists: { sourceIds: 'sources' },
  // zoneId is set once, on create (UpdateExemptionInput has none); the edit form shows it read-only.
  inputFields: ['zoneId', 'kind', 'law', 'conditions', 'validFrom', 'validTo', 'sourceIds'],
  localized: ['law', 'conditions'],
  orderFields: {
    kind: 'KIND',
    validFrom: 'VALID_FROM',
    validTo: 'VALID_TO',
    createdAt: 'CREATED_AT',
    updatedAt: 'UPDATED_AT',
  },
  filters: { q: search(), kind: code('kind'), zoneId: id('zone') },
};
