import {
  EXEMPTION_FIELD_LABELS,
  ExemptionInput,
  type ValidationIssue,
  validateExemptionForZone,
  validateWith,
} from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { decodeId, LocalizedTextInput } from '../../graphql/common.js';
import { decodeIdList, defineRecordMutations } from '../../records/record-mutations.js';
import { missingIds, type RecordWriteSpec } from '../../records/record-writes.js';
import { Source } from '../sources/ref.js';
import { ExemptionKindEnum } from './exemption.graphql.js';
import { ExemptionRef } from './exemption.ref.js';
import {
  type ExemptionRecord,
  exemptionColumns,
  exemptionRepository,
  exemptionValues,
} from './exemption.repository.js';
import { Exemption, type ExemptionEntity } from './zone.entity.js';

/** The domain's exemption, plus the zone the API keeps beside it. */
function validateExemption(input: unknown) {
  const { zoneId, ...exemption } = input as { zoneId?: unknown } & Record<string, unknown>;
  const checked = validateWith(ExemptionInput, exemption);
  const zoneIssues: ValidationIssue[] =
    typeof zoneId === 'string' ? [] : [{ field: 'zoneId', code: 'REQUIRED' }];
  if (!checked.ok || zoneIssues.length)
    return { ok: false as const, issues: [...zoneIssues, ...(checked.ok ? [] : checked.issues)] };
  return { ok: true as const, value: { ...checked.value, zoneId: zoneId as string } };
}

export const exemptionWrites: RecordWriteSpec<ExemptionEntity, ExemptionRecord> = {
  typename: 'Exemption',
  entity: Exemption,
  labels: EXEMPTION_FIELD_LABELS,
  populate: ['sources'],
  validate: validateExemption,
  toValues: exemptionValues,
  apply: (em, exemption, values) =>
    exemption
      ? em.assign(exemption, exemptionColumns(values, em))
      : em.create(Exemption, exemptionColumns(values, em)),
  async storeIssues(em, _id, { zoneId, ...values }) {
    const kind = await exemptionRepository.zoneKind(em, zoneId);
    if (!kind) return [{ field: 'zoneId', code: 'NOT_FOUND' }];
    // The domain owns the rule: exemptions belong to regulation-free zones only.
    const allowed = validateExemptionForZone(kind, values);
    if (!allowed.ok) return allowed.issues.filter((issue) => issue.field === 'zoneId');
    return missingIds(em, Source, values.sourceIds, 'sourceIds');
  },
};

const CreateExemptionInput = builder.inputType('CreateExemptionInput', {
  fields: (t) => ({
    zoneId: t.id({ required: true, description: 'A regulation-free zone (REGULATION_FREE_ZONE).' }),
    kind: t.field({ type: ExemptionKindEnum, required: true }),
    law: t.field({ type: LocalizedTextInput, required: true, description: 'The statute set aside.' }),
    conditions: t.field({ type: LocalizedTextInput }),
    validFrom: t.field({ type: 'Date' }),
    validTo: t.field({ type: 'Date' }),
    sourceIds: t.idList({ description: 'Ids of the sources the facts come from.' }),
  }),
});

const UpdateExemptionInput = builder.inputType('UpdateExemptionInput', {
  description: 'Fields left out are kept; a field sent as null is cleared. An exemption stays in its zone.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ description: 'The version you read; if someone saved since, you get STALE_VERSION.' }),
    kind: t.field({ type: ExemptionKindEnum }),
    law: t.field({ type: LocalizedTextInput }),
    conditions: t.field({ type: LocalizedTextInput }),
    validFrom: t.field({ type: 'Date' }),
    validTo: t.field({ type: 'Date' }),
    sourceIds: t.idList({ description: 'Ids of the sources the facts come from.' }),
  }),
});

defineRecordMutations({
  typename: 'Exemption',
  names: { create: 'createExemption', update: 'updateExemption', delete: 'deleteExemption' },
  ref: ExemptionRef,
  spec: exemptionWrites,
  createInput: CreateExemptionInput,
  updateInput: UpdateExemptionInput,
  toDomain: (input) => {
    const sourceIds = decodeIdList(input.sourceIds, 'Source', 'sourceIds');
    return {
      ...input,
      ...(input.zoneId == null ? {} : { zoneId: decodeId(input.zoneId as string, 'Zone', 'zoneId') }),
      ...(sourceIds === undefined ? {} : { sourceIds }),
    };
  },
});
