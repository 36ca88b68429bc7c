import {
  BENEFIT_RULE_FIELD_LABELS,
  type BenefitRuleValues,
  checkRuleOverlap,
  validateBenefitRule,
} from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import { LocalizedTextInput } from '../../graphql/common.js';
import {
  decodeIdList,
  decodeOptionalId,
  defineRecordMutations,
  recordInputs,
} from '../../records/record-mutations.js';
import { missingIds, type RecordWriteSpec, type StoreIssue } from '../../records/record-writes.js';
import { Source } from '../sources/ref.js';
import { BenefitRule, type BenefitRuleEntity } from './benefit-rule.entity.js';
import { BenefitKindEnum, BenefitRuleRef, ChildOrderEnum } from './benefit-rule.ref.js';
import {
  benefitRuleColumns,
  benefitRuleRepository,
  benefitRuleValues,
  domainRule,
} from './benefit-rule.repository.js';

/** Two rules of one program paying the same child twice (the domain's check), naming the rule to close. */
async function overlapIssues(em: EntityManager, id: string | null, values: BenefitRuleValues) {
  const existing = await benefitRuleRepository.ofPrograms(em, [values.programId]);
  const issue = checkRuleOverlap({ ...values, id: id ?? undefined }, existing.map(domainRule));
  if (!issue) return [];
  const clash = existing.find((rule) => rule.id === issue.params?.ruleId);
  return [
    { ...issue, params: { ...issue.params, ruleId: clash ? clash.nameKo : String(issue.params?.ruleId) } },
  ];
}

export const benefitRuleWrites: RecordWriteSpec<BenefitRuleEntity, BenefitRuleValues> = {
  typename: 'BenefitRule',
  entity: BenefitRule,
  labels: BENEFIT_RULE_FIELD_LABELS,
  populate: ['sources'],
  validate: validateBenefitRule,
  toValues: benefitRuleValues,
  apply: (em, rule, values) =>
    rule
      ? em.assign(rule, benefitRuleColumns(values, em))
      : em.create(BenefitRule, benefitRuleColumns(values, em)),
  storeIssues: async (em, id, values) => {
    if (!(await benefitRuleRepository.programExists(em, values.programId))) {
      return [{ field: 'programId', code: 'NOT_FOUND' }];
    }
    return [
      ...(await missingIds(em, Source, values.sourceIds, 'sourceIds')),
      ...((await overlapIssues(em, id, values)) as StoreIssue[]),
    ];
  },
};

const { createInput: CreateBenefitRuleInput, updateInput: UpdateBenefitRuleInput } = recordInputs(
  'BenefitRule',
  {
    updateDescription:
      'Fields left out are kept; a field sent as null is cleared. A new amount is a new rule: close this one with effectiveTo.',
    fields: (t) => ({
      programId: t.id({ required: true }),
      name: t.field({ type: LocalizedTextInput, required: true }),
      kind: t.field({ type: BenefitKindEnum, required: true }),
      amount: t.float({ required: true, description: 'KRW per payment: a positive whole number.' }),
      months: t.int({
        description: 'Number of monthly payments; required for MONTHLY, absent for LUMP_SUM.',
      }),
      childOrders: t.field({ type: [ChildOrderEnum], required: true }),
      effectiveFrom: t.field({ type: 'Date', required: true, description: 'Children born on or after.' }),
      effectiveTo: t.field({ type: 'Date', description: 'Children born on or before (inclusive).' }),
      sourceIds: t.idList({ description: 'Ids of the sources the rule comes from.' }),
    }),
  },
);

defineRecordMutations({
  typename: 'BenefitRule',
  names: { create: 'createBenefitRule', update: 'updateBenefitRule', delete: 'deleteBenefitRule' },
  ref: BenefitRuleRef,
  spec: benefitRuleWrites,
  createInput: CreateBenefitRuleInput,
  updateInput: UpdateBenefitRuleInput,
  toDomain: (input) => {
    const programId = decodeOptionalId(input.programId, 'Program', 'programId');
    const sourceIds = decodeIdList(input.sourceIds, 'Source', 'sourceIds');
    return {
      ...input,
      ...(programId === undefined ? {} : { programId }),
      ...(sourceIds === undefined ? {} : { sourceIds }),
    };
  },
});
