import { DatePrecision, MilestoneKind } from '@bitgoeul/domain';
import { code, id, value } from '../filterRules';
import type { ResourceDefinition } from '../resourceDefinition';

export const milestonesResource: ResourceDefinition = {
  name: 'milestones',
  typeName: 'Milestone',
  plural: 'Milestones',
  codeLists: { kind: MilestoneKind, plannedOnPrecision: DatePrecision, actualOnPrecision: DatePrecision },
  selection: `
    id
    kind
    title { ko en }
    note { ko en }
    plannedOn
    plannedOnPrecision
    actualOn
    actualOnPrecision
    impliedStatus
    version
    createdAt
    updatedAt`,
  references: { facilityId: 'facility', programId: 'program' },
  referenceLists: { sourceIds: 'sources' },
  inputFields: [
    'facilityId',
    'programId',
    'kind',
    'title',
    'note',
    'plannedOn',
    'plannedOnPrecision',
    'actualOn',
    'actualOnPrecision',
    'sourceIds',
  ],
  localized: ['title', 'note'],
  orderFields: {
    date: 'DATE',
    plannedOn: 'PLANNED_ON',
    actualOn: 'ACTUAL_ON',
    kind: 'KIND',
    createdAt: 'CREATED_AT',
    updatedAt: 'UPDATED_AT',
  },
  filters: {
    facilityId: id('facility'),
    programId: id('program'),
    kind: code('kind'),
    happened: value('happened'),
  },
};
