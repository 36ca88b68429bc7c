import {
  type Bilingual,
  MILESTONE_FIELD_LABELS,
  type ValidationIssue,
  validateMilestone,
} from '@bitgoeul/domain';
import { DatePrecisionEnum, LocalizedTextInput } from '../../graphql/common.js';
import {
  decodeIdList,
  decodeOptionalId,
  defineRecordMutations,
  recordInputs,
} from '../../records/record-mutations.js';
import { missingIds, type RecordWriteSpec, type StoreIssue } from '../../records/record-writes.js';
import { Source } from '../sources/ref.js';
import { Milestone, type MilestoneEntity } from './milestone.entity.js';
import { MilestoneKindEnum, MilestoneRef } from './milestone.ref.js';
import {
  milestoneColumns,
  milestoneRepository,
  milestoneValues,
  type OwnedMilestoneValues,
} from './milestone.repository.js';

/*
 * Recording a milestone — even an actual one — never changes its facility's status. The status is a
 * decision someone takes (and the lifecycle checks it on updateFacility); a milestone is evidence.
 * Moving the status silently would bypass that check, and a correction of a date would then move a
 * facility nobody meant to move. The evidence is shown instead: `Milestone.impliedStatus` and
 * `Facility.statusFromMilestones`, from the domain's mapping, so the admin can offer the step.
 */

const LABELS: Readonly<Record<string, Bilingual>> = {
  ...MILESTONE_FIELD_LABELS,
  facilityId: { ko: '시설 또는 사업', en: 'Facility or program' },
  // Set together with facilityId, programId is the one refused (INVALID): a milestone has one owner.
  programId: { ko: '사업', en: 'Program' },
};

/** The domain validates the step; which one record it belongs to is checked here, before the store. */
function validateOwnedMilestone(input: unknown) {
  const { facilityId = null, programId = null, ...step } = input as Record<string, unknown>;
  const checked = validateMilestone(step);
  const owner: ValidationIssue[] = [];
  if (!facilityId && !programId) owner.push({ field: 'facilityId', code: 'REQUIRED' });
  if (facilityId && programId) owner.push({ field: 'programId', code: 'INVALID' });
  if (!checked.ok || owner.length) {
    return { ok: false as const, issues: [...owner, ...(checked.ok ? [] : checked.issues)] };
  }
  return {
    ok: true as const,
    value: {
      ...checked.value,
      facilityId: (facilityId as string | null) ?? null,
      programId: (programId as string | null) ?? null,
    },
  };
}

export const milestoneWrites: RecordWriteSpec<MilestoneEntity, OwnedMilestoneValues> = {
  typename: 'Milestone',
  entity: Milestone,
  labels: LABELS,
  populate: ['sources'],
  validate: validateOwnedMilestone,
  toValues: milestoneValues,
  apply: async (em, milestone, values) => {
    const columns = await milestoneColumns(values, em);
    return milestone ? em.assign(milestone, columns) : em.create(Milestone, columns);
  },
  storeIssues: async (em, _id, values) => {
    const issues: StoreIssue[] = [];
    if (values.facilityId && !(await milestoneRepository.facilityExists(em, values.facilityId))) {
      issues.push({ field: 'facilityId', code: 'NOT_FOUND' });
    }
    if (values.programId && !(await milestoneRepository.programExists(em, values.programId))) {
      issues.push({ field: 'programId', code: 'NOT_FOUND' });
    }
    issues.push(...(await missingIds(em, Source, values.sourceIds, 'sourceIds')));
    return issues;
  },
};

const stepFields = {
  title: { description: 'A name when the kind alone does not say it.' },
  plannedOn: 'When it is (or was) planned; at MONTH precision the 1st, at YEAR precision 1 January.',
  actualOn: 'When it happened; leave out while it is only planned. A planned or an actual date is required.',
};

const { createInput: CreateMilestoneInput, updateInput: UpdateMilestoneInput } = recordInputs('Milestone', {
  // Defaults apply to a new milestone; an update keeps what is stored.
  updateDescriptions: { plannedOnPrecision: null, actualOnPrecision: null },
  createDescription: 'Give exactly one of facilityId and programId.',
  updateDescription:
    'Fields left out are kept; a field sent as null is cleared. To move a milestone to another owner, ' +
    'set the new one and clear the old one.',
  fields: (t) => ({
    facilityId: t.id({ description: 'The facility this is a step of.' }),
    programId: t.id({ description: 'The program this is an event of.' }),
    kind: t.field({ type: MilestoneKindEnum, required: true }),
    title: t.field({ type: LocalizedTextInput, ...stepFields.title }),
    plannedOn: t.field({ type: 'Date', description: stepFields.plannedOn }),
    plannedOnPrecision: t.field({ type: DatePrecisionEnum, description: 'DAY when left out.' }),
    actualOn: t.field({ type: 'Date', description: stepFields.actualOn }),
    actualOnPrecision: t.field({ type: DatePrecisionEnum, description: 'DAY when left out.' }),
    note: t.field({ type: LocalizedTextInput }),
    sourceIds: t.idList({ description: 'Ids of the sources the facts come from.' }),
  }),
});

defineRecordMutations({
  typename: 'Milestone',
  names: { create: 'createMilestone', update: 'updateMilestone', delete: 'deleteMilestone' },
  ref: MilestoneRef,
  spec: milestoneWrites,
  createInput: CreateMilestoneInput,
  updateInput: UpdateMilestoneInput,
  toDomain: milestoneInputToDomain,
});

function milestoneInputToDomain(input: Record<string, unknown>) {
  const ids = {
    facilityId: decodeOptionalId(input.facilityId, 'Facility', 'facilityId'),
    programId: decodeOptionalId(input.programId, 'Program', 'programId'),
    sourceIds: input.sourceIds === null ? [] : decodeIdList(input.sourceIds, 'Source', 'sourceIds'),
  };
  return {
    ...input,
    ...Object.fromEntries(Object.entries(ids).filter(([, v]) => v !== undefined)),
  };
}
