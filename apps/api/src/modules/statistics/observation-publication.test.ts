import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, TEST_PASSWORD, type TestApp, type TestIdentity } from '../../../test/harness.js';
import { AuditEvent } from '../../records/audit-event.entity.js';

type UserErrors = { field: string[]; code: string; message: string }[];
interface Vintage {
  id: string;
  version: number;
  value: string;
  publicationState: string | null;
  publicationDisplay: string | null;
  reviewComment: string | null;
  releaseAt: string | null;
  publicFrom: string | null;
  publicUntil: string | null;
}
const VINTAGE =
  'id version value publicationState publicationDisplay reviewComment releaseAt publicFrom publicUntil';
const TRANSITION = `mutation($input: TransitionObservationInput!) { transitionObservation(input: $input) {
  observation { ${VINTAGE} } userErrors { field code message } } }`;
type Transitioned = { transitionObservation: { observation: Vintage | null; userErrors: UserErrors } };

/** Everything an anonymous reader can ask about one indicator's figures, on every read path. */
const PUBLIC_PROBE = `query($id: ID!, $filter: ObservationFilter, $asOf: DateTime) {
  indicator(id: $id) {
    latest { value }
    observations { value yoy { previous } cumulative revisions { value } supersededBy { id } }
    all: observations(includeSuperseded: true) { value }
    then: observations(asOf: $asOf) { value }
    series(from: "2020", to: "2022") { period value yoy { previous } }
    seriesThen: series(from: "2020", to: "2022", asOf: $asOf) { period value }
    progress { observation { value } }
  }
  observations(filter: $filter) { totalCount nodes { value } }
  everything: observations(filter: $filter, includeSuperseded: true) { totalCount nodes { value } }
}`;

describe.each(databaseKinds)('publishing figures on $name', (kind) => {
  let app: TestApp;
  let sourceId: string;
  let programId: string;
  let serial = 0;

  const as = (who: TestIdentity) => app.as(who);
  const step = (who: TestIdentity, input: Record<string, unknown>) =>
    as(who).gql<Transitioned>(TRANSITION, { input });
  const vintage = async (id: string) =>
    (
      await app.gql<{ node: Vintage }>(
        `query($id: ID!) { node(id: $id) { ... on Observation { ${VINTAGE} } } }`,
        { id },
      )
    ).data!.node;
  const audits = () => app.orm.em.fork().count(AuditEvent, {});

  const createIndicator = async () => {
    serial += 1;
    const res = await app.gql<{ createIndicator: { indicator: { id: string } } }>(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
      {
        input: {
          code: `TEST-PUBLISHING-${serial}`,
          name: { ko: `공개 지표 ${serial}`, en: `Published indicator ${serial}` },
          unit: 'PERSONS',
          frequency: 'YEAR',
          aggregation: 'SUM',
          subject: { type: 'PROGRAM', id: programId },
          sourceIds: [sourceId],
        },
      },
    );
    return res.data!.createIndicator.indicator.id;
  };
  const record = async (indicatorId: string, period: string, value: string, who: TestIdentity = 'EDITOR') => {
    const res = await as(who).gql<{ recordObservation: { observation: Vintage; userErrors: UserErrors } }>(
      `mutation($input: RecordObservationInput!) { recordObservation(input: $input) {
        observation { ${VINTAGE} } userErrors { field code } } }`,
      { input: { indicatorId, period, value, status: 'FINAL', sourceId } },
    );
    expect(res.data!.recordObservation.userErrors).toEqual([]);
    return res.data!.recordObservation.observation;
  };
  const correct = async (id: string, value: string) => {
    const res = await as('EDITOR').gql<{
      correctObservation: { observation: Vintage; userErrors: UserErrors };
    }>(
      `mutation($input: CorrectObservationInput!) { correctObservation(input: $input) {
        observation { ${VINTAGE} } userErrors { field code } } }`,
      { input: { id, value } },
    );
    expect(res.data!.correctObservation.userErrors).toEqual([]);
    return res.data!.correctObservation.observation;
  };
  /** Moves a figure along as its editor and a reviewer would; returns it as it then stands. */
  const advance = async (id: string, actions: string[], extra: Record<string, unknown> = {}) => {
    let current = await vintage(id);
    for (const action of actions) {
      const who = action === 'SUBMIT' ? 'EDITOR' : 'REVIEWER';
      const res = await step(who, { id, version: current.version, action, ...extra });
      expect(res.errors).toBeUndefined();
      expect(res.data!.transitionObservation.userErrors).toEqual([]);
      current = res.data!.transitionObservation.observation!;
    }
    return current;
  };
  const publicView = async (indicatorId: string, asOf?: string) => {
    const res = await as('ANONYMOUS').gql<{
      indicator: {
        latest: { value: string } | null;
        observations: {
          value: string;
          yoy: { previous: string } | null;
          cumulative: string | null;
          revisions: { value: string }[];
          supersededBy: { id: string } | null;
        }[];
        all: { value: string }[];
        then: { value: string }[];
        series: { period: string; value: string; yoy: { previous: string } | null }[];
        seriesThen: { period: string; value: string }[];
        progress: { observation: { value: string } } | null;
      };
      observations: { totalCount: number; nodes: { value: string }[] };
      everything: { totalCount: number; nodes: { value: string }[] };
    }>(PUBLIC_PROBE, { id: indicatorId, filter: { indicator: { eq: indicatorId } }, asOf: asOf ?? null });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const anonymousNode = async (id: string) =>
    (
      await as('ANONYMOUS').gql<{ node: { value: string } | null; nodes: ({ value: string } | null)[] }>(
        'query($id: ID!) { node(id: $id) { ... on Observation { value } } nodes(ids: [$id]) { ... on Observation { value } } }',
        { id },
      )
    ).data!;
  /** Nothing of the indicator's figures reaches the public, on any path. */
  const expectNothingPublic = async (indicatorId: string, ids: string[]) => {
    const seen = await publicView(indicatorId);
    expect(seen.indicator.latest).toBeNull();
    expect(seen.indicator.observations).toEqual([]);
    expect(seen.indicator.all).toEqual([]);
    expect(seen.indicator.series).toEqual([]);
    expect(seen.indicator.progress).toBeNull();
    expect(seen.observations).toEqual({ totalCount: 0, nodes: [] });
    expect(seen.everything).toEqual({ totalCount: 0, nodes: [] });
    for (const id of ids) expect(await anonymousNode(id)).toEqual({ node: null, nodes: [null] });
  };

  beforeAll(async () => {
    app = await startTestApp(kind);
    const res = await app.gql<{ programs: { nodes: { id: string; sources: { id: string }[] }[] } }>(
      '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id sources { id } } } }',
    );
    programId = res.data!.programs.nodes[0]!.id;
    sourceId = res.data!.programs.nodes[0]!.sources[0]!.id;
  });
  afterAll(() => app?.close());

  it("shows the seed's figures to anonymous readers: the city's data, published as recorded", async () => {
    const res = await as('ANONYMOUS').gql<{ observations: { totalCount: number } }>(
      '{ observations { totalCount } }',
    );
    expect(res.data!.observations.totalCount).toBeGreaterThan(0);
  });

  it('takes a figure from draft through review to publication; the public sees it only once released', async () => {
    const indicatorId = await createIndicator();
    const draft = await record(indicatorId, '2021', '100');
    expect(draft).toMatchObject({ publicationState: 'DRAFT', publicFrom: null });
    await expectNothingPublic(indicatorId, [draft.id]);

    const inReview = await advance(draft.id, ['SUBMIT']);
    expect(inReview.publicationState).toBe('IN_REVIEW');
    await expectNothingPublic(indicatorId, [draft.id]);

    const approved = await advance(draft.id, ['APPROVE'], { comment: '출처 확인함' });
    expect(approved).toMatchObject({ publicationState: 'APPROVED', reviewComment: '출처 확인함' });
    await expectNothingPublic(indicatorId, [draft.id]);

    // Scheduled an hour ahead: published under embargo, still nothing public.
    const releaseAt = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await advance(draft.id, ['SCHEDULE'], { releaseAt });
    expect(scheduled).toMatchObject({
      publicationState: 'PUBLISHED',
      publicationDisplay: 'SCHEDULED',
      releaseAt,
    });
    expect(scheduled.publicFrom).toBe(releaseAt);
    await expectNothingPublic(indicatorId, [draft.id]);

    // Released now instead: every path shows it.
    const published = await advance(draft.id, ['PUBLISH']);
    expect(published.publicationDisplay).toBe('PUBLISHED');
    const seen = await publicView(indicatorId);
    expect(seen.indicator.latest).toEqual({ value: '100' });
    expect(seen.indicator.observations.map((o) => o.value)).toEqual(['100']);
    expect(seen.indicator.series.map((p) => p.value)).toEqual(['100']);
    expect(seen.observations).toEqual({ totalCount: 1, nodes: [{ value: '100' }] });
    expect(await anonymousNode(draft.id)).toEqual({ node: { value: '100' }, nodes: [{ value: '100' }] });
    // The workflow's columns are not the public's business.
    const anonymous = await as('ANONYMOUS').gql<{ node: { publicationState: string | null } }>(
      'query($id: ID!) { node(id: $id) { ... on Observation { publicationState } } }',
      { id: draft.id },
    );
    expect(anonymous.data!.node.publicationState).toBeNull();

    // Withdrawn: gone from every path again.
    await advance(draft.id, ['WITHDRAW'], { reason: '집계 오류' });
    await expectNothingPublic(indicatorId, [draft.id]);
  });

  it('lets an administrator make a reviewer', async () => {
    const res = await app.gql<{ createUser: { user: { role: string } | null; userErrors: UserErrors } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { role } userErrors { field code } } }`,
      {
        input: {
          email: 'second.reviewer@bitgoeul.test',
          name: '검토자',
          role: 'REVIEWER',
          password: TEST_PASSWORD,
        },
      },
    );
    expect(res.data!.createUser).toEqual({ user: { role: 'REVIEWER' }, userErrors: [] });
  });

  it('refuses a step on a draft a correction has replaced', async () => {
    const indicatorId = await createIndicator();
    const draft = await record(indicatorId, '2021', '1');
    const submitted = await advance(draft.id, ['SUBMIT']);
    await correct(draft.id, '2');
    const res = await step('REVIEWER', { id: draft.id, version: submitted.version, action: 'APPROVE' });
    expect(res.data!.transitionObservation.userErrors).toMatchObject([
      { field: ['version'], code: 'STALE_VERSION' },
    ]);
    expect((await vintage(draft.id)).publicationState).toBe('IN_REVIEW');
  });

  it('refuses a bad step with the domain’s reason and writes nothing', async () => {
    const indicatorId = await createIndicator();
    const mine = await record(indicatorId, '2021', '7', 'REVIEWER');
    const other = await record(indicatorId, '2022', '8');
    const refused = async (who: TestIdentity, input: Record<string, unknown>) => {
      const id = input.id as string;
      const [before, events] = [await vintage(id), await audits()];
      const res = await step(who, input);
      expect(await vintage(id)).toEqual(before);
      expect(await audits()).toBe(events);
      return res;
    };

    // Publishing a draft that was never approved.
    const illegal = await refused('REVIEWER', { id: other.id, version: other.version, action: 'PUBLISH' });
    expect(illegal.data!.transitionObservation.userErrors).toMatchObject([
      { field: ['state'], code: 'ILLEGAL_TRANSITION' },
    ]);

    // A reviewer approving their own figure: four eyes.
    const submitted = await advance(mine.id, ['SUBMIT']);
    const fourEyes = await refused('REVIEWER', {
      id: mine.id,
      version: submitted.version,
      action: 'APPROVE',
    });
    expect(fourEyes.data!.transitionObservation.userErrors).toMatchObject([{ field: [], code: 'FOUR_EYES' }]);
    expect(fourEyes.data!.transitionObservation.userErrors[0]!.message).toContain('4-eyes');

    const inReview = await advance(other.id, ['SUBMIT']);
    // Returning without saying what to fix.
    const noComment = await refused('REVIEWER', {
      id: other.id,
      version: inReview.version,
      action: 'RETURN',
    });
    expect(noComment.data!.transitionObservation.userErrors).toMatchObject([{ field: ['comment'] }]);
    // A step over a version someone has since changed.
    const stale = await refused('REVIEWER', {
      id: other.id,
      version: inReview.version - 1,
      action: 'APPROVE',
    });
    expect(stale.data!.transitionObservation.userErrors).toMatchObject([
      { field: ['version'], code: 'STALE_VERSION' },
    ]);
    // An editor or a viewer approving: their role may not.
    for (const who of ['EDITOR', 'VIEWER'] as const) {
      const forbidden = await refused(who, { id: other.id, version: inReview.version, action: 'APPROVE' });
      expect(forbidden.data?.transitionObservation ?? null).toBeNull();
      expect(forbidden.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }

    // Scheduling a release in the past.
    const approved = await advance(other.id, ['APPROVE']);
    const past = await refused('REVIEWER', {
      id: other.id,
      version: approved.version,
      action: 'SCHEDULE',
      releaseAt: '2020-01-01T09:00:00+09:00',
    });
    expect(past.data!.transitionObservation.userErrors).toMatchObject([
      { field: ['releaseAt'], code: 'RELEASE_IN_PAST' },
    ]);
    await expectNothingPublic(indicatorId, [mine.id, other.id]);
  });

  it('keeps the published value public until its correction is published; asOf answers what the public saw then', async () => {
    const indicatorId = await createIndicator();
    const first = await record(indicatorId, '2021', '100');
    const previousYear = await record(indicatorId, '2020', '90');
    await advance(first.id, ['SUBMIT', 'APPROVE', 'PUBLISH']);
    // The year before is still a draft: no yoy for the public, which never saw it.
    expect((await publicView(indicatorId)).indicator.observations[0]!.yoy).toBeNull();
    await advance(previousYear.id, ['SUBMIT', 'APPROVE', 'PUBLISH']);
    const beforeCorrection = new Date().toISOString();

    const correction = await correct(first.id, '120');
    expect(correction.publicationState).toBe('DRAFT');
    await advance(correction.id, ['SUBMIT', 'APPROVE']);
    const whileInReview = await publicView(indicatorId);
    expect(whileInReview.indicator.latest).toEqual({ value: '100' });
    expect(whileInReview.indicator.observations.map((o) => [o.value, o.yoy?.previous, o.cumulative])).toEqual(
      [
        ['90', undefined, '90'],
        ['100', '90', '100'],
      ],
    );
    // The unreleased correction is not named to the public, nor listed among the revisions.
    expect(whileInReview.indicator.observations[1]!.supersededBy).toBeNull();
    expect(whileInReview.indicator.observations[1]!.revisions.map((r) => r.value)).toEqual(['100']);
    expect(whileInReview.indicator.all.map((o) => o.value)).toEqual(['90', '100']);
    expect(whileInReview.observations.nodes.map((o) => o.value).sort()).toEqual(['100', '90']);
    expect(whileInReview.everything.totalCount).toBe(2);
    expect(await anonymousNode(correction.id)).toEqual({ node: null, nodes: [null] });
    // Signed in, the office sees what was recorded: the correction, awaiting release.
    const office = await as('VIEWER').gql<{ indicator: { observations: { value: string }[] } }>(
      'query($id: ID!) { indicator(id: $id) { observations { value } } }',
      { id: indicatorId },
    );
    expect(office.data!.indicator.observations.map((o) => o.value)).toEqual(['90', '120']);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await advance(correction.id, ['PUBLISH']);
    const afterRelease = await publicView(indicatorId, beforeCorrection);
    expect(afterRelease.indicator.latest).toEqual({ value: '120' });
    expect(afterRelease.indicator.observations.map((o) => o.value)).toEqual(['90', '120']);
    expect(afterRelease.indicator.series.map((p) => [p.period, p.value])).toEqual([
      ['2020', '90'],
      ['2021', '120'],
    ]);
    expect(afterRelease.observations.totalCount).toBe(2);
    expect(await anonymousNode(first.id)).toEqual({ node: null, nodes: [null] });
    // At the instant before the correction, the public saw 100.
    expect(afterRelease.indicator.then.map((o) => o.value)).toEqual(['90', '100']);
    expect(afterRelease.indicator.seriesThen.map((p) => p.value)).toEqual(['90', '100']);
    const replaced = await vintage(first.id);
    expect(replaced.publicUntil).not.toBeNull();
  });
});
