import { builder } from '../../graphql/builder.js';
import { codeListFilter, decodeId, IDFilter, LocalizedText } from '../../graphql/common.js';
import { connectionQuery } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { ProgramRef } from '../programs/ref.js';
import { SourceRef } from '../sources/ref.js';
import { BenefitRule, type BenefitRuleEntity } from './benefit-rule.entity.js';
import {
  BENEFIT_RULE_ORDER_FIELDS,
  type BenefitRuleFilterInput,
  benefitRuleOrder,
  benefitRuleWhere,
} from './benefit-rule.filter.js';
import { BenefitKindEnum, BenefitRuleRef, ChildOrderEnum } from './benefit-rule.ref.js';
import { benefitRuleRepository, childOrdersOf } from './benefit-rule.repository.js';

// The rest of the module adds its mutations and the entitlement query.

BenefitRuleRef.implement({
  description:
    'One payment a benefit program makes (지급 기준): a lump sum or a monthly amount in whole KRW, for some child orders, for children born between two dates. Amounts are GraphQL Floats holding whole won (exact up to 2^53).',
  fields: (t) => ({
    program: t.field({ type: ProgramRef, resolve: (rule) => rule.program.id }),
    name: t.field({ type: LocalizedText, resolve: (r) => ({ ko: r.nameKo, en: r.nameEn ?? null }) }),
    kind: t.field({ type: BenefitKindEnum, resolve: (rule) => rule.kind }),
    amount: t.float({
      description: 'KRW per payment, a whole number.',
      resolve: (rule) => Number(rule.amount),
    }),
    months: t.int({
      nullable: true,
      description: 'Number of monthly payments (MONTHLY only).',
      resolve: (rule) => rule.months ?? null,
    }),
    childOrders: t.field({ type: [ChildOrderEnum], resolve: (rule) => childOrdersOf(rule) }),
    effectiveFrom: t.field({
      type: 'Date',
      description: 'The rule applies to children born on or after this date…',
      resolve: (rule) => rule.effectiveFrom,
    }),
    effectiveTo: t.field({
      type: 'Date',
      nullable: true,
      description: '…and on or before this one, if the rule has ended.',
      resolve: (rule) => rule.effectiveTo ?? null,
    }),
    sources: t.loadableList({
      type: SourceRef,
      load: (rules: BenefitRuleEntity[], ctx) => benefitRuleRepository.sourcesOf(ctx.em, rules),
      resolve: (rule) => rule,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; send it back when you update.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const BenefitKindFilter = codeListFilter('BenefitKind', BenefitKindEnum);
const ChildOrderFilter = codeListFilter('ChildOrder', ChildOrderEnum);

export const BenefitRuleFilter = builder.inputRef<BenefitRuleFilterInput>('BenefitRuleFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive part of the Korean or English name.' }),
    id: t.field({ type: IDFilter }),
    program: t.field({ type: IDFilter }),
    kind: t.field({ type: BenefitKindFilter }),
    childOrder: t.field({ type: ChildOrderFilter, description: 'Rules covering any of these child orders.' }),
    effectiveOn: t.field({ type: 'Date', description: 'Rules that apply to a child born on this date.' }),
    and: t.field({ type: [BenefitRuleFilter] }),
    or: t.field({ type: [BenefitRuleFilter] }),
    not: t.field({ type: BenefitRuleFilter }),
  }),
});

connectionQuery({
  field: 'benefitRules',
  name: 'BenefitRule',
  type: BenefitRuleRef,
  description: 'Benefit rules, 20 a page by default (at most 100), by effective date unless asked otherwise.',
  offsetDescription: 'Skip this many rules (page-number screens); not with after/before.',
  filter: BenefitRuleFilter,
  order: { fields: BENEFIT_RULE_ORDER_FIELDS, build: benefitRuleOrder },
  entity: BenefitRule,
  where: (args) => benefitRuleWhere(args.filter),
});

builder.queryFields((t) => ({
  benefitRule: t.field({
    type: BenefitRuleRef,
    description: 'One benefit rule by its global id; an unknown id is a NOT_FOUND error.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const [rule] = await benefitRuleRepository.byIds(ctx.em, [decodeId(args.id, 'BenefitRule')]);
      if (!rule || rule instanceof Error) throw notFound('BenefitRule', String(args.id));
      return rule;
    },
  }),
}));

builder.objectFields(ProgramRef, (t) => ({
  benefitRules: t.loadableGroup({
    type: BenefitRuleRef,
    description: "The program's payment rules, by effective date, kind and amount.",
    load: (programIds: string[], ctx) => benefitRuleRepository.ofPrograms(ctx.em, programIds),
    group: (rule) => (rule as BenefitRuleEntity).program.id,
    resolve: (program) => program.id,
  }),
}));
