import {
  checkPeriodFrequency,
  INDICATOR_FIELD_LABELS,
  type IndicatorValues,
  type SubjectType,
  validateIndicator,
} from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import { builder } from '../../graphql/builder.js';
import { decodeId, LocalizedTextInput, VisibilityEnum } from '../../graphql/common.js';
import { deleteBlockers } from '../../records/in-use.js';
import { decodeIdList, defineRecordMutations, recordInputs } from '../../records/record-mutations.js';
import { missingIds, type RecordWriteSpec, type StoreIssue } from '../../records/record-writes.js';
import { Source } from '../sources/ref.js';
import { Indicator, type IndicatorEntity } from './indicator.entity.js';
import {
  indicatorColumns,
  indicatorRepository,
  indicatorValues,
  SUBJECT_TYPENAME,
} from './indicator.repository.js';
import {
  AggregationEnum,
  DirectionEnum,
  FrequencyEnum,
  IndicatorRef,
  IndicatorUnitEnum,
  MultiplierEnum,
  SubjectTypeEnum,
} from './statistics.ref.js';

/**
 * A new frequency must still fit every period already observed or targeted: turning a monthly
 * indicator yearly would strand its monthly figures.
 */
async function frequencyIssues(
  em: EntityManager,
  id: string | null,
  values: IndicatorValues,
  current: IndicatorEntity | null,
): Promise<StoreIssue[]> {
  if (!id || !current || current.frequency === values.frequency) return [];
  for (const period of await indicatorRepository.periodsOf(em, id)) {
    const issue = checkPeriodFrequency(period, values.frequency, 'frequency');
    if (issue) return [issue as StoreIssue];
  }
  return [];
}

export const indicatorWrites: RecordWriteSpec<IndicatorEntity, IndicatorValues> = {
  typename: 'Indicator',
  entity: Indicator,
  labels: INDICATOR_FIELD_LABELS,
  populate: ['sources'],
  validate: validateIndicator,
  toValues: indicatorValues,
  apply: (em, indicator, values) =>
    indicator
      ? em.assign(indicator, indicatorColumns(values, em))
      : em.create(Indicator, indicatorColumns(values, em)),
  storeIssues: async (em, id, values, current) => {
    const subject = await indicatorRepository.subjectIssue(em, values.subject);
    return [
      ...(subject ? [{ field: 'subject.id', code: subject }] : []),
      ...(await missingIds(em, Source, values.sourceIds, 'sourceIds')),
      ...(await frequencyIssues(em, id, values, current)),
    ];
  },
  // Figures are the record; an indicator that has any is not deleted with them.
  async deleteBlockers(em, indicator) {
    return deleteBlockers(0, await indicatorRepository.dependants(em, indicator.id));
  },
};

export const IndicatorSubjectInput = builder.inputType('IndicatorSubjectInput', {
  description: 'What an indicator is about. For CITY, the id of the city organisation.',
  fields: (t) => ({
    type: t.field({ type: SubjectTypeEnum, required: true }),
    id: t.id({ required: true, description: 'Global id of a Program, Zone, Facility or Organisation.' }),
  }),
});

const { createInput: CreateIndicatorInput, updateInput: UpdateIndicatorInput } = recordInputs('Indicator', {
  // Defaults apply to a new indicator; an update keeps what is stored.
  updateDescriptions: {
    direction: null,
    multiplier: null,
    frequency: 'Refused if stored periods would not fit.',
  },
  updateDescription: 'Fields left out are kept; a field sent as null is cleared.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'UPPER-KEBAB, unique, e.g. GWANGJU-BIRTHS.' }),
    name: t.field({ type: LocalizedTextInput, required: true }),
    description: t.field({ type: LocalizedTextInput }),
    visibility: t.field({ type: VisibilityEnum }),
    unit: t.field({ type: IndicatorUnitEnum, required: true }),
    multiplier: t.field({ type: MultiplierEnum, description: 'ONE unless given.' }),
    frequency: t.field({ type: FrequencyEnum, required: true }),
    aggregation: t.field({ type: AggregationEnum, required: true }),
    direction: t.field({ type: DirectionEnum, description: 'UP_IS_GOOD unless given.' }),
    subject: t.field({ type: IndicatorSubjectInput, required: true }),
    sourceIds: t.idList({ description: 'Ids of the sources the definition comes from.' }),
  }),
});

/** Global ids to store ids; the subject id must name the type its subject type says. */
function toDomain(input: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...input };
  const subject = input.subject as { type: SubjectType; id: string } | null | undefined;
  if (subject) {
    out.subject = {
      type: subject.type,
      id: decodeId(subject.id, SUBJECT_TYPENAME[subject.type], 'subject.id'),
    };
  }
  const sourceIds = decodeIdList(input.sourceIds, 'Source', 'sourceIds');
  if (sourceIds !== undefined) out.sourceIds = sourceIds;
  return out;
}

defineRecordMutations({
  typename: 'Indicator',
  names: { create: 'createIndicator', update: 'updateIndicator', delete: 'deleteIndicator' },
  ref: IndicatorRef,
  spec: indicatorWrites,
  createInput: CreateIndicatorInput,
  updateInput: UpdateIndicatorInput,
  toDomain,
});
