import {
  checkOrganisationLinks,
  checkRuleOverlap,
  checkSingleCurrentVintage,
  checkZoneLinks,
  FacilityStatus,
  furthestStatus,
  parsePeriod,
  type Validated,
  type ValidationIssue,
  validateBenefitRule,
  validateFacility,
  validateIndicator,
  validateMilestone,
  validateObservation,
  validateOrganisation,
  validateProgram,
  validateSource,
  validateTarget,
  validateZone,
} from '@bitgoeul/domain';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseKind, databaseKinds, type TestDatabase } from '../../../test/databases.js';
import { BenefitRule } from '../../modules/benefits/benefit-rule.entity.js';
import { domainRule as toDomainRule } from '../../modules/benefits/benefit-rule.repository.js';
import { Facility, FacilityOrganisation } from '../../modules/facilities/facility.entity.js';
import { Milestone } from '../../modules/milestones/milestone.entity.js';
import { Organisation, ProgramOrganisation } from '../../modules/organisations/organisation.entity.js';
import { Program } from '../../modules/programs/program.entity.js';
import { Source } from '../../modules/sources/source.entity.js';
import { Indicator, Observation, Target } from '../../modules/statistics/indicator.entity.js';
import { Zone, ZoneOrganisation } from '../../modules/zones/zone.entity.js';
import { initORM } from '../../wiring/orm.js';

/**
 * The seed must never hold what the API would refuse: every stored record, read back and turned
 * into the input the API would validate, passes the domain's validator and its cross-record rules.
 */
const text = (ko: string | null | undefined, en: string | null | undefined) => (ko ? { ko, en } : null);
const day = (d: unknown) => (d ? String(d) : null);
const ids = (items: { id: string }[]) => items.map((i) => i.id);

function expectValid(what: string, result: Validated<unknown>) {
  expect(result.ok ? [] : result.issues, what).toEqual([]);
}

function expectNoIssues(what: string, issues: (ValidationIssue | null)[]) {
  expect(
    issues.filter((i) => i !== null),
    what,
  ).toEqual([]);
}

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

async function allSources(em: EntityManager) {
  return em.find(Source, {});
}

describe.each(databaseKinds)('every seeded record on $name', (kind: DatabaseKind) => {
  let database: TestDatabase;
  let orm: MikroORM;
  const fork = () => orm.em.fork();

  beforeAll(async () => {
    database = await kind.create();
    orm = await initORM(database.config, { quiet: true });
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  it('sources and programs pass their validators', async () => {
    const em = fork();
    for (const s of await allSources(em)) {
      const input = {
        code: s.code,
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        author: s.author,
        url: s.url,
        publishedOn: day(s.publishedOn),
        retrievedOn: day(s.retrievedOn),
        note: s.note,
      };
      expectValid(s.code, validateSource(input));
    }
    for (const p of await em.find(Program, {}, { populate: ['sources'] })) {
      const input = {
        code: p.code,
        name: text(p.nameKo, p.nameEn),
        summary: text(p.summary.ko, p.summary.en),
        area: p.area,
        status: p.status,
        plannedStart: day(p.plannedStart),
        plannedEnd: day(p.plannedEnd),
        actualStart: day(p.actualStart),
        actualEnd: day(p.actualEnd),
        parentId: p.parent?.id ?? null,
        visibility: p.visibility,
        sourceIds: ids(p.sources.getItems()),
        progress: p.progress,
      };
      expectValid(p.code, validateProgram(input));
    }
  });

  it('organisations pass theirs, and every program, zone and facility has at most one lead', async () => {
    const em = fork();
    for (const o of await em.find(Organisation, {}, { populate: ['sources'] })) {
      const input = {
        code: o.code,
        name: text(o.nameKo, o.nameEn),
        description: text(o.description?.ko, o.description?.en),
        visibility: o.visibility,
        kind: o.kind,
        parentId: o.parent?.id ?? null,
        sourceIds: ids(o.sources.getItems()),
      };
      expectValid(o.code, validateOrganisation(input));
    }
    const linkSets = [
      groupBy(await em.find(ProgramOrganisation, {}), (l) => l.program.id),
      groupBy(await em.find(ZoneOrganisation, {}), (l) => l.zone.id),
      groupBy(await em.find(FacilityOrganisation, {}), (l) => l.facility.id),
    ];
    for (const groups of linkSets) {
      for (const links of groups) {
        const issues = checkOrganisationLinks(
          links.map((l) => ({ organisationId: l.organisation.id, role: l.role })),
        );
        expectNoIssues('organisation links', issues);
      }
    }
  });

  it('zones pass theirs, nest without cycles and carry no exemptions the article does not give', async () => {
    const em = fork();
    const zones = await em.find(Zone, {}, { populate: ['sources', 'overlaps'] });
    const parents = new Map(zones.map((z) => [z.id, z.parent?.id ?? null]));
    for (const z of zones) {
      const input = {
        code: z.code,
        name: text(z.nameKo, z.nameEn),
        description: text(z.description?.ko, z.description?.en),
        visibility: z.visibility,
        kind: z.kind,
        status: z.status,
        parentId: z.parent?.id ?? null,
        overlappingZoneIds: ids(z.overlaps.getItems()),
        designation: z.designatedOn
          ? {
              authority: text(z.designationAuthorityKo, z.designationAuthorityEn),
              instrumentNumber: z.designationInstrument,
              designatedOn: day(z.designatedOn),
              designatedOnPrecision: z.designatedOnPrecision,
              expiresOn: day(z.designationExpiresOn),
            }
          : null,
        area: z.areaValue ? { value: z.areaValue, unit: z.areaUnit } : null,
        specialisations: JSON.parse(z.specialisations),
        geometry: z.geometry ? JSON.parse(z.geometry) : null,
        sourceIds: ids(z.sources.getItems()),
      };
      const valid = validateZone(input);
      expectValid(z.code, valid);
      if (valid.ok) {
        expectNoIssues(
          z.code,
          checkZoneLinks(z.id, valid.value, (id) => parents.get(id) ?? null),
        );
      }
      // A designation date without its authority could not be entered through the API.
      expect(Boolean(z.designatedOn) === Boolean(z.designationAuthorityKo), z.code).toBe(true);
    }
    expect(await em.getConnection().execute('select id from exemption')).toEqual([]);
  });

  it('facilities and milestones pass theirs, and no status lags behind a milestone that happened', async () => {
    const em = fork();
    const milestones = await em.find(Milestone, {}, { populate: ['sources'] });
    for (const m of milestones) {
      const input = {
        kind: m.kind,
        title: text(m.titleKo, m.titleEn),
        plannedOn: day(m.plannedOn),
        plannedOnPrecision: m.plannedOnPrecision,
        actualOn: day(m.actualOn),
        actualOnPrecision: m.actualOnPrecision,
        note: text(m.noteKo, m.noteEn),
        sourceIds: ids(m.sources.getItems()),
      };
      expectValid(`${m.kind} ${m.titleKo}`, validateMilestone(input));
      // A milestone marks a facility's step or a program's event: exactly one of the two.
      expect(Boolean(m.facility) !== Boolean(m.program), m.titleKo ?? m.kind).toBe(true);
    }
    const order = FacilityStatus.codes;
    for (const f of await em.find(Facility, {}, { populate: ['sources', 'programs'] })) {
      const input = {
        code: f.code,
        name: text(f.nameKo, f.nameEn),
        description: text(f.description?.ko, f.description?.en),
        visibility: f.visibility,
        kind: f.kind,
        status: f.status,
        zoneId: f.zone?.id ?? null,
        operatorId: f.operator?.id ?? null,
        programIds: ids(f.programs.getItems()),
        location: {
          address: text(f.address?.ko, f.address?.en),
          coordinates:
            f.longitude !== null && f.latitude !== null ? { lon: f.longitude, lat: f.latitude } : null,
          precision: f.locationPrecision,
        },
        capacity: f.capacity?.value ? { value: f.capacity.value, unit: f.capacity.unit } : null,
        sourceIds: ids(f.sources.getItems()),
      };
      expectValid(f.code, validateFacility(input));
      const proven = furthestStatus(
        milestones
          .filter((m) => m.facility?.id === f.id)
          .map((m) => ({ kind: m.kind, actualOn: day(m.actualOn) })),
      );
      if (proven) expect(order.indexOf(f.status), f.code).toBeGreaterThanOrEqual(order.indexOf(proven));
    }
  });

  it('indicators, observations and targets pass theirs, with one current vintage per period', async () => {
    const em = fork();
    const observations = await em.find(Observation, {});
    const targets = await em.find(Target, {});
    for (const i of await em.find(Indicator, {}, { populate: ['sources'] })) {
      const subjectId =
        i.subjectProgram?.id ?? i.subjectZone?.id ?? i.subjectFacility?.id ?? i.subjectOrganisation?.id;
      const input = {
        code: i.code,
        name: text(i.nameKo, i.nameEn),
        description: text(i.description?.ko, i.description?.en),
        visibility: i.visibility,
        unit: i.unit,
        multiplier: i.multiplier,
        frequency: i.frequency,
        aggregation: i.aggregation,
        direction: i.direction,
        subject: { type: i.subjectType, id: subjectId },
        sourceIds: ids(i.sources.getItems()),
      };
      const indicator = validateIndicator(input);
      expectValid(i.code, indicator);
      if (!indicator.ok) continue;
      const mine = observations.filter((o) => o.indicator.id === i.id);
      for (const o of mine) {
        const what = `${i.code} ${o.period}`;
        const input = {
          indicatorId: i.id,
          period: o.period,
          value: o.value,
          status: o.status,
          sourceId: o.source.id,
          note: o.note,
        };
        expectValid(what, validateObservation(input, indicator.value));
        const period = parsePeriod(o.period);
        expect(period.ok && [period.value.start, period.value.end], what).toEqual([
          day(o.periodStart),
          day(o.periodEnd),
        ]);
        const asVintage = (x: typeof o) => ({
          id: x.id,
          indicatorId: i.id,
          period: x.period,
          recordedAt: x.recordedAt.toISOString(),
          supersededAt: x.supersededAt?.toISOString() ?? null,
          vintage: x.vintage,
        });
        expectNoIssues(what, [checkSingleCurrentVintage(mine.map(asVintage), asVintage(o))]);
      }
      for (const t of targets.filter((x) => x.indicator.id === i.id)) {
        const input = {
          indicatorId: i.id,
          kind: t.kind,
          period: t.period,
          deadline: day(t.deadline),
          value: t.value,
          sourceId: t.source?.id,
          note: t.note,
        };
        expectValid(`${i.code} target`, validateTarget(input, indicator.value));
      }
    }
  });

  it('benefit rules pass theirs and never pay the same child twice', async () => {
    const em = fork();
    const stored = await em.find(BenefitRule, {}, { populate: ['sources'] });
    const rules = stored.map(toDomainRule);
    for (const [k, rule] of rules.entries()) {
      const { id: _id, ...input } = rule;
      expectValid(
        rule.name.ko,
        validateBenefitRule({ ...input, sourceIds: ids(stored[k]!.sources.getItems()) }),
      );
      expectNoIssues(rule.name.ko, [checkRuleOverlap(rule, rules)]);
    }
  });
});
