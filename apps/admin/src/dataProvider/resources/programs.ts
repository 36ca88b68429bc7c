import { ProgramArea, ProgramStatus, type Visibility } from '@bitgoeul/domain';
import { code, excludeIds, id, search } from '../filterRules';
import type { LocalizedText } from '../recordMapping';
import type { ResourceDefinition } from '../resourceDefinition';

/** A program as react-admin holds it: the API's `Program` with `parent { id }` flattened to `parentId`. */
export interface ProgramRecord {
  id: string;
  code: string;
  name: LocalizedText;
  summary: LocalizedText;
  area: ProgramArea;
  status: ProgramStatus;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  /** Share of the work done, in percent; null when nobody has reported it (not the same as 0). */
  progress: number | null;
  parentId: string | null;
  visibility: Visibility;
  sourceIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const programsResource: ResourceDefinition = {
  name: 'programs',
  typeName: 'Program',
  plural: 'Programs',
  codeLists: { area: ProgramArea, status: ProgramStatus },
  selection: `
    id
    code
    name { ko en }
    summary { ko en }
    area
    status
    plannedStart
    plannedEnd
    actualStart
    actualEnd
    progress
    visibility
    version
    createdAt
    updatedAt`,
  references: { parentId: 'parent' },
  referenceLists: { sourceIds: 'sources' },
  inputFields: [
    'code',
    'name',
    'summary',
    'area',
    'status',
    'plannedStart',
    'plannedEnd',
    'actualStart',
    'actualEnd',
    'parentId',
    'progress',
    'visibility',
    'sourceIds',
  ],
  localized: ['name', 'summary'],
  orderFields: {
    code: 'CODE',
    'name.ko': 'NAME_KO',
    'name.en': 'NAME_EN',
    area: 'AREA',
    status: 'STATUS',
    progress: 'PROGRESS',
    plannedStart: 'PLANNED_START',
    plannedEnd: 'PLANNED_END',
    createdAt: 'CREATED_AT',
    updatedAt: 'UPDATED_AT',
  },
  filters: {
    q: search(),
    area: code('area'),
    status: code('status'),
    visibility: code('visibility'),
    parentId: id('parent'),
    excludeIds: excludeIds(),
  },
};
