import { Aggregation, Direction, Frequency, IndicatorUnit, Multiplier, SubjectType } from '@bitgoeul/domain';
import { code, id, search } from '../filterRules';
import type { ResourceDefinition } from '../resourceDefinition';

export const indicatorsResource: ResourceDefinition = {
  name: 'indicators',
  typeName: 'Indicator',
  plural: 'Indicators',
  codeLists: {
    unit: IndicatorUnit,
    multiplier: Multiplier,
    frequency: Frequency,
    aggregation: Aggregation,
    direction: Direction,
    subjectType: SubjectType,
    'subject.type': SubjectType,
  },
  selection: `
    id
    code
    name { ko en }
    description { ko en }
    unit
    multiplier
    frequency
    aggregation
    direction
    subjectId
    subjectType
    visibility
    version
    createdAt
    updatedAt
    latest { id period periodLabel value status }
    progress { percent value target { value periodLabel deadline kind } }`,
  referenceLists: { sourceIds: 'sources' },
  inputFields: [
    'code',
    'name',
    'description',
    'unit',
    'multiplier',
    'frequency',
    'aggregation',
    'direction',
    'subject',
    'visibility',
    'sourceIds',
  ],
  localized: ['name', 'description'],
  // The form edits the subject as the input names it, `{ type, id }`.
  mapRecord: (record) => ({ ...record, subject: { type: record.subjectType, id: record.subjectId } }),
  orderFields: {
    code: 'CODE',
    'name.ko': 'NAME_KO',
    'name.en': 'NAME_EN',
    frequency: 'FREQUENCY',
    unit: 'UNIT',
    subjectType: 'SUBJECT_TYPE',
    createdAt: 'CREATED_AT',
    updatedAt: 'UPDATED_AT',
  },
  filters: {
    q: search(),
    frequency: code('frequency'),
    unit: code('unit'),
    aggregation: code('aggregation'),
    subjectType: code('subjectType'),
    subjectId: id('subject'),
    visibility: code('visibility'),
  },
};
