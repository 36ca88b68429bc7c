import type { BenefitKind } from '@bitgoeul/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidKey, versionAndTimestamps } from '../../db/base.entity.js';
import { Program } from '../programs/ref.js';
import { Source } from '../sources/ref.js';

/** One payment a benefit program makes: a lump sum or a monthly amount, for some child orders, over a span of birth dates. */
export const BenefitRule = defineEntity({
  name: 'BenefitRule',
  tableName: 'benefit_rule',
  properties: {
    ...uuidKey,
    program: () => p.manyToOne(Program).ref(),
    nameKo: p.string().length(200),
    nameEn: p.string().length(200).nullable(),
    kind: p.string().length(16).$type<BenefitKind>(),
    amount: p.bigint('number'),
    months: p.integer().nullable(),
    /** Comma-separated ChildOrder codes, e.g. `SECOND,THIRD_OR_LATER`. */
    childOrders: p.string().length(64),
    effectiveFrom: p.date(),
    effectiveTo: p.date().nullable(),
    sources: () =>
      p
        .manyToMany(Source)
        .owner()
        .pivotTable('benefit_rule_source')
        .joinColumn('benefit_rule_id')
        .inverseJoinColumn('source_id'),
    ...versionAndTimestamps,
  },
});
export type BenefitRuleEntity = InferEntity<typeof BenefitRule>;
