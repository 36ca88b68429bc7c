import { migrationState, parsePeriod } from '@bitgoeul/domain';
import { BenefitRule } from '../../modules/benefits/benefit-rule.entity.js';
import { benefitRuleFields } from '../../modules/benefits/benefit-rule.repository.js';
import { Milestone } from '../../modules/milestones/milestone.entity.js';
import { Indicator, Observation, Target } from '../../modules/statistics/indicator.entity.js';
import { indicatorFields } from '../../modules/statistics/indicator.repository.js';
import { seedBenefitRules } from './benefits.js';
import { seedMilestones } from './milestones.js';
import type { Loaded } from './seed-context.js';
import type { SeedIndicator } from './statistics.js';

/** What happened and what was measured: milestones, indicators with their figures, benefit rules. */
export function loadMilestones(ctx: Loaded) {
  for (const seed of seedMilestones) {
    ctx.tx.create(Milestone, {
      facility: seed.facility ? ctx.facility(seed.facility) : null,
      program: seed.program ? ctx.program(seed.program) : null,
      kind: seed.kind,
      titleKo: seed.title?.ko ?? null,
      titleEn: seed.title?.en ?? null,
      plannedOn: seed.plannedOn ?? null,
      plannedOnPrecision: seed.plannedOnPrecision ?? 'DAY',
      actualOn: seed.actualOn ?? null,
      actualOnPrecision: seed.actualOnPrecision ?? 'DAY',
      noteKo: seed.note?.ko ?? null,
      noteEn: seed.note?.en ?? null,
      sources: [ctx.article],
    });
  }
}

function subjectOf(ctx: Loaded, subject: SeedIndicator['subject']) {
  const none = { subjectProgram: null, subjectZone: null, subjectFacility: null, subjectOrganisation: null };
  switch (subject.type) {
    case 'PROGRAM':
      return { ...none, subjectProgram: ctx.program(subject.code) };
    case 'ZONE':
      return { ...none, subjectZone: ctx.zone(subject.code) };
    case 'FACILITY':
      return { ...none, subjectFacility: ctx.facility(subject.code) };
    // A city is an organisation of kind CITY: both subject types point at the organisation.
    case 'CITY':
    case 'ORGANISATION':
      return { ...none, subjectOrganisation: ctx.organisation(subject.code) };
  }
}

export function loadIndicator(ctx: Loaded, seed: SeedIndicator) {
  const { tx, article, now } = ctx;
  const indicator = tx.create(Indicator, {
    ...indicatorFields({
      code: seed.code,
      name: seed.name,
      description: seed.description ?? null,
      visibility: 'PUBLIC',
      unit: seed.unit,
      multiplier: 'ONE',
      frequency: seed.frequency,
      aggregation: seed.aggregation,
      direction: seed.direction,
      subject: { type: seed.subject.type },
    }),
    ...subjectOf(ctx, seed.subject),
    sources: [article],
  });
  for (const observation of seed.observations) {
    const period = parsePeriod(observation.period);
    if (!period.ok) throw new Error(`Seed indicator ${seed.code} has a bad period ${observation.period}`);
    tx.create(Observation, {
      indicator,
      period: period.value.text,
      periodStart: period.value.start,
      periodEnd: period.value.end,
      value: observation.value,
      status: observation.status,
      source: article,
      note: observation.note ?? null,
      vintage: 1,
      recordedAt: now,
      supersededAt: null,
      supersededById: null,
      ...publishedAsRecorded(now),
    });
  }
  for (const target of seed.targets) {
    tx.create(Target, {
      indicator,
      kind: target.kind,
      period: target.period ?? null,
      deadline: target.deadline ?? null,
      value: target.value,
      source: article,
      note: target.note ?? null,
      recordedAt: now,
      supersededAt: null,
    });
  }
}

export function loadBenefitRules(ctx: Loaded) {
  for (const seed of seedBenefitRules) {
    ctx.tx.create(BenefitRule, {
      program: ctx.program(seed.program),
      ...benefitRuleFields({
        name: seed.name,
        kind: seed.kind,
        amount: seed.amount,
        months: seed.months ?? null,
        childOrders: seed.childOrders,
        effectiveFrom: seed.effectiveFrom,
        effectiveTo: seed.effectiveTo ?? null,
      }),
      sources: [ctx.article],
    });
  }
}

/**
 * The seed's figures are the city's published data: public as of their recording (the domain's
 * migrationState for a PUBLIC indicator), so anonymous readers see the article's figures.
 */
function publishedAsRecorded(recordedAt: Date) {
  const state = migrationState({ visibility: 'PUBLIC', recordedAt: recordedAt.toISOString() });
  const at = (iso: string | null) => (iso === null ? null : new Date(iso));
  return {
    publicationState: state.state,
    publishedAt: at(state.publishedAt),
    releaseAt: at(state.releaseAt),
    releasedAt: at(state.releaseAt),
    publicFrom: at(state.releaseAt),
    publicUntil: null,
  };
}
