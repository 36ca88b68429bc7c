import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { decodeId } from '../../graphql/common.js';
import { AuditEvent } from '../../records/audit-event.entity.js';
import { Observation } from './indicator.entity.js';
import { startReleaseRunner } from './observation-release.js';

const VINTAGE = 'id version value publicationDisplay releaseAt';
type Step = { transitionObservation: { observation: { version: number }; userErrors: unknown[] } };

describe.each(databaseKinds)('the release runner on $name', (kind) => {
  let app: TestApp;
  let sourceId: string;
  let indicatorId: string;

  const step = async (who: 'EDITOR' | 'REVIEWER', id: string, version: number, input: object) => {
    const res = await app.as(who).gql<Step>(
      `mutation($input: TransitionObservationInput!) { transitionObservation(input: $input) {
        observation { version } userErrors { field code } } }`,
      { input: { id, version, ...input } },
    );
    expect(res.data!.transitionObservation.userErrors).toEqual([]);
    return res.data!.transitionObservation.observation.version;
  };
  /** A figure approved and scheduled `aheadMs` from now; returns its id and release time. */
  const scheduled = async (period: string, aheadMs: number) => {
    const res = await app
      .as('EDITOR')
      .gql<{ recordObservation: { observation: { id: string; version: number } } }>(
        `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { observation { ${VINTAGE} } } }`,
        { input: { indicatorId, period, value: '5', status: 'FINAL', sourceId } },
      );
    const { id, version } = res.data!.recordObservation.observation;
    const releaseAt = new Date(Date.now() + aheadMs);
    let v = await step('EDITOR', id, version, { action: 'SUBMIT' });
    v = await step('REVIEWER', id, v, { action: 'APPROVE' });
    await step('REVIEWER', id, v, { action: 'SCHEDULE', releaseAt: releaseAt.toISOString() });
    return { id, storeId: decodeId(id, 'Observation'), releaseAt };
  };
  const releaseAudits = async (storeId: string) =>
    (await app.orm.em.fork().find(AuditEvent, { entityId: storeId })).filter((e) =>
      e.after?.includes('releasedBy'),
    );

  beforeAll(async () => {
    app = await startTestApp(kind);
    const res = await app.gql<{ programs: { nodes: { id: string; sources: { id: string }[] }[] } }>(
      '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id sources { id } } } }',
    );
    const program = res.data!.programs.nodes[0]!;
    sourceId = program.sources[0]!.id;
    const created = await app.gql<{ createIndicator: { indicator: { id: string } } }>(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
      {
        input: {
          code: 'TEST-RELEASES',
          name: { ko: '예약 공개 지표', en: 'Scheduled indicator' },
          unit: 'PERSONS',
          frequency: 'YEAR',
          aggregation: 'SUM',
          subject: { type: 'PROGRAM', id: program.id },
          sourceIds: [sourceId],
        },
      },
    );
    indicatorId = created.data!.createIndicator.indicator.id;
  });
  afterAll(() => app?.close());

  it('records a release once its time has passed, once, however often it runs', async () => {
    const { storeId, releaseAt } = await scheduled('2019', 60_000);
    let clock = new Date(releaseAt.getTime() - 1);
    const runner = startReleaseRunner(() => app.orm.em.fork(), { intervalMs: 3_600_000, clock: () => clock });
    try {
      expect(await runner.runOnce()).toBe(0);
      expect(await releaseAudits(storeId)).toHaveLength(0);
      clock = new Date(releaseAt.getTime() + 1);
      expect(await runner.runOnce()).toBe(1);
      expect(await runner.runOnce()).toBe(0);
      const row = await app.orm.em.fork().findOneOrFail(Observation, { id: storeId });
      expect(row.releasedAt?.toISOString()).toBe(releaseAt.toISOString());
      expect(await releaseAudits(storeId)).toHaveLength(1);
    } finally {
      await runner.stop();
    }
  });

  it('lets exactly one of two racing runners record a release', async () => {
    const { storeId, releaseAt } = await scheduled('2018', 60_000);
    const clock = () => new Date(releaseAt.getTime() + 1);
    const runners = [1, 2].map(() =>
      startReleaseRunner(() => app.orm.em.fork(), { intervalMs: 3_600_000, clock }),
    );
    try {
      const counts = await Promise.all(runners.map((runner) => runner.runOnce()));
      expect(counts.sort()).toEqual([0, 1]);
      expect(await releaseAudits(storeId)).toHaveLength(1);
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
    }
  });

  it('does not decide what the public sees: a scheduled figure shows at its time, run or not', async () => {
    const { id, storeId } = await scheduled('2017', 1_500);
    const ask = () =>
      app
        .as('ANONYMOUS')
        .gql<{ node: { value: string } | null }>(
          'query($id: ID!) { node(id: $id) { ... on Observation { value } } }',
          { id },
        );
    expect((await ask()).data!.node).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expect((await ask()).data!.node).toEqual({ value: '5' });
    const row = await app.orm.em.fork().findOneOrFail(Observation, { id: storeId });
    expect(row.releasedAt).toBeNull();
  });
});
