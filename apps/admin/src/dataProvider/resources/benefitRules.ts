import { BenefitKind, ChildOrder } from '@bitgoeul/domain';
import { code, id, search, value } from '../filterRules';
import type { ResourceDefinition } from '../resourceDefinition';

export const benefitRulesResource: ResourceDefinition = {
  name: 'benefitRules',
  typeName: 'BenefitRule',
  plural: 'Benefit rules',
  codeLists: { kind: BenefitKind, childOrders: ChildOrder },
  selection: `
    id
    name { ko en }
    kind
    amount
    months
    childOrders
    effectiveFrom
    effectiveTo
    version
    createdAt
    updatedAt`,
  references: { programId: 'program' },
  referenceLists: { sourceIds: 'sources' },
  inputFields: [
    'programId',
    'name',
    'kind',
    'amount',
    'months',
    'childOrders',
    'effectiveFrom',
    'effectiveTo',
    'sourceIds',
  ],
  localized: ['name'],
  orderFields: {
    'name.ko': 'NAME_KO',
    'name.en': 'NAME_EN',
    kind: 'KIND',
    amount: 'AMOUNT',
    effectiveFrom: 'EFFECTIVE_FROM',
    effectiveTo: 'EFFECTIVE_TO',
    createdAt: 'CREATED_AT',
    updatedAt: 'UPDATED_AT',
  },
  filters: {
    q: search(),
    kind: code('kind'),
    childOrder: code('childOrder'),
    programId: id('program'),
    effectiveOn: value('effectiveOn'),
  },
};
