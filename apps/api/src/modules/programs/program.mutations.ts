import { checkParent, PROGRAM_FIELD_LABELS, type ProgramValues, validateProgram } from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import { LocalizedTextInput, VisibilityEnum } from '../../graphql/common.js';
import { countReferrers, deleteBlockers, type Referrer } from '../../records/in-use.js';
import {
  decodeIdList,
  decodeOptionalId,
  defineRecordMutations,
  recordInputs,
} from '../../records/record-mutations.js';
import { missingIds, type RecordWriteSpec, type StoreIssue } from '../../records/record-writes.js';
import { Source } from '../sources/ref.js';
import { Program, type ProgramEntity } from './program.entity.js';
import { ProgramAreaEnum, ProgramStatusEnum } from './program.graphql.js';
import { ProgramRef } from './program.ref.js';
import { programColumns, programRepository, programValues } from './program.repository.js';

/** A parent must exist and must not be the program itself or one of its descendants. */
async function parentIssues(
  em: EntityManager,
  id: string | null,
  values: ProgramValues,
): Promise<StoreIssue[]> {
  if (!values.parentId) return [];
  if (!(await programRepository.exists(em, values.parentId)))
    return [{ field: 'parentId', code: 'NOT_FOUND' }];
  const chain = await programRepository.parentChain(em, values.parentId, id);
  const check = checkParent(id, values.parentId, (p) => (p === id ? undefined : chain.get(p)));
  return check.ok ? [] : [{ field: 'parentId', code: check.reason }];
}

/** Records elsewhere that point at a program and would be orphaned or cascaded away by deleting it. */
const PROGRAM_REFERRERS: readonly Referrer[] = [
  { as: 'indicators', entity: 'Indicator', property: 'subjectProgram' },
  { as: 'benefitRules', entity: 'BenefitRule', property: 'program' },
  { as: 'milestones', entity: 'Milestone', property: 'program' },
  { as: 'facilities', entity: 'Facility', property: 'programs' },
  { as: 'zones', entity: 'Zone', property: 'programs' },
];

export const programWrites: RecordWriteSpec<ProgramEntity, ProgramValues> = {
  typename: 'Program',
  entity: Program,
  labels: PROGRAM_FIELD_LABELS,
  populate: ['sources'],
  validate: validateProgram,
  toValues: programValues,
  apply: (em, program, values) =>
    program ? em.assign(program, programColumns(values, em)) : em.create(Program, programColumns(values, em)),
  storeIssues: async (em, id, values) => [
    ...(await parentIssues(em, id, values)),
    ...(await missingIds(em, Source, values.sourceIds, 'sourceIds')),
  ],
  async deleteBlockers(em, program) {
    const children = await programRepository.countChildren(em, program.id);
    if (children > 0) return deleteBlockers(children, {});
    // Indicators, benefit rules, milestones and links would be lost or orphaned: the official unlinks them first.
    return deleteBlockers(0, await countReferrers(em, PROGRAM_REFERRERS, program.id));
  },
};

const { createInput: CreateProgramInput, updateInput: UpdateProgramInput } = recordInputs('Program', {
  updateDescription: 'Fields left out are kept; a field sent as null is cleared.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'UPPER-KEBAB, unique, e.g. GWANGJU-TYPE-JOBS.' }),
    name: t.field({ type: LocalizedTextInput, required: true }),
    summary: t.field({ type: LocalizedTextInput, required: true }),
    area: t.field({ type: ProgramAreaEnum, required: true }),
    status: t.field({ type: ProgramStatusEnum, required: true }),
    plannedStart: t.field({ type: 'Date' }),
    plannedEnd: t.field({ type: 'Date' }),
    actualStart: t.field({ type: 'Date' }),
    actualEnd: t.field({ type: 'Date' }),
    parentId: t.id({ description: 'The program this one is part of.' }),
    visibility: t.field({ type: VisibilityEnum }),
    sourceIds: t.idList({ description: 'Ids of the sources the facts come from.' }),
    progress: t.float(),
  }),
});

defineRecordMutations({
  typename: 'Program',
  names: { create: 'createProgram', update: 'updateProgram', delete: 'deleteProgram' },
  ref: ProgramRef,
  spec: programWrites,
  createInput: CreateProgramInput,
  updateInput: UpdateProgramInput,
  toDomain: (input) => definedParent(input),
});

function definedParent(input: Record<string, unknown>) {
  const parentId = decodeOptionalId(input.parentId, 'Program', 'parentId');
  const sourceIds = decodeIdList(input.sourceIds, 'Source', 'sourceIds');
  return {
    ...input,
    ...(parentId === undefined ? {} : { parentId }),
    ...(sourceIds === undefined ? {} : { sourceIds }),
  };
}
