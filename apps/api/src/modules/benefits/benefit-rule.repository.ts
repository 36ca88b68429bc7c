import type { BenefitRuleValues, ChildOrder, BenefitRule as DomainRule } from '@bitgoeul/domain';
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { isStoreId } from '../../db/ids.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Program } from '../programs/ref.js';
import { Source, type SourceEntity } from '../sources/ref.js';
import { BenefitRule, type BenefitRuleEntity } from './benefit-rule.entity.js';

export type BenefitRuleWhere = FilterQuery<BenefitRuleEntity>;
export type BenefitRuleOrder = QueryOrderMap<BenefitRuleEntity>[];

/** Queries for benefit rules; each returns what the schema needs and nothing per row. */
export const benefitRuleRepository = {
  /** In the order of `ids`, with an Error where a rule does not exist (DataLoader's contract). */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(BenefitRuleEntity | Error)[]> {
    const rows = await em.find(BenefitRule, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('BenefitRule', id));
  },

  /** Rules of many programs in one query (all rules when `programIds` is null), by effective date, then kind and amount. */
  ofPrograms(em: EntityManager, programIds: readonly string[] | null) {
    const where: BenefitRuleWhere = programIds ? { program: { $in: programIds.filter(isStoreId) } } : {};
    return em.find(BenefitRule, where, {
      orderBy: { effectiveFrom: 'asc', kind: 'asc', amount: 'asc', id: 'asc' },
    });
  },

  async sourcesOf(em: EntityManager, rules: readonly BenefitRuleEntity[]): Promise<SourceEntity[][]> {
    await em.populate(rules as BenefitRuleEntity[], ['sources']);
    return rules.map((rule) => rule.sources.getItems());
  },

  async programExists(em: EntityManager, id: string) {
    return isStoreId(id) && (await em.count(Program, { id })) > 0;
  },
};

export function childOrdersOf(entity: BenefitRuleEntity): ChildOrder[] {
  return entity.childOrders.split(',').filter(Boolean) as ChildOrder[];
}

/** The stored rule in the domain's terms (for validation of a patch, overlap and entitlement). */
export function benefitRuleValues(entity: BenefitRuleEntity): BenefitRuleValues {
  return {
    programId: entity.program.id,
    name: { ko: entity.nameKo, en: entity.nameEn ?? null },
    kind: entity.kind,
    amount: Number(entity.amount),
    months: entity.months ?? null,
    childOrders: childOrdersOf(entity),
    effectiveFrom: entity.effectiveFrom,
    effectiveTo: entity.effectiveTo ?? null,
    // Loaded by the update path (benefitRuleWrites.populate); a new record has none yet.
    sourceIds: entity.sources.isInitialized() ? entity.sources.getItems().map((s) => s.id) : [],
  };
}

export function domainRule(entity: BenefitRuleEntity): DomainRule {
  return { ...benefitRuleValues(entity), id: entity.id, sourceIds: [] };
}

/** The columns of a validated rule, without its program and sources: what the API's writes and the seed store alike. */
export function benefitRuleFields(values: Omit<BenefitRuleValues, 'programId' | 'sourceIds'>) {
  return {
    nameKo: values.name.ko,
    nameEn: values.name.en,
    kind: values.kind,
    amount: values.amount,
    months: values.months,
    childOrders: values.childOrders.join(','),
    effectiveFrom: values.effectiveFrom,
    effectiveTo: values.effectiveTo,
  };
}

export function benefitRuleColumns(values: BenefitRuleValues, em: EntityManager) {
  return {
    program: em.getReference(Program, values.programId),
    ...benefitRuleFields(values),
    sources: values.sourceIds.map((id) => em.getReference(Source, id)),
  };
}
