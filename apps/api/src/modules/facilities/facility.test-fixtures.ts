import type { EntityManager } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity.js';

export const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');
export const unknownId = (typename: string) => globalId(typename, '00000000-0000-4000-8000-000000000000');

export interface Fixtures {
  /** A zone tree: region ⊃ district ⊃ block, and a separate zone beside it. */
  zones: { region: string; district: string; block: string; other: string };
  operator: string;
  otherOperator: string;
  programs: { jobs: string; ai: string; birth: string };
  /** The seed article, as a source to cite. */
  source: string;
}

/** The part of the test harness used here, named structurally so this file stays inside src/. */
interface FixtureApp {
  orm: { em: EntityManager };
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T }>;
}

/**
 * What the facility tests need from other modules, made here rather than taken from the seed (which
 * may change); programs are seeded and stable. Zones go through createZone. Organisations are written
 * through the ORM: none of these tests is about them, and the rows are all the tests need.
 */
export async function createFixtures(app: FixtureApp): Promise<Fixtures> {
  const zone = async (code: string, kind: string, parentId: string | null) => {
    const res = await app.gql<{ createZone: { zone: { id: string } | null; userErrors: unknown[] } }>(
      `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } userErrors { field code } } }`,
      { input: { code, name: { ko: `시험 구역 ${code}` }, kind, status: 'DESIGNATED', parentId } },
    );
    const made = res.data?.createZone.zone;
    if (!made) throw new Error(`createZone ${code}: ${JSON.stringify(res)}`);
    return made.id;
  };
  const region = await zone('T-REGION', 'ECONOMIC_FREE_ZONE', null);
  const district = await zone('T-DISTRICT', 'FEZ_DISTRICT', region);
  const block = await zone('T-BLOCK', 'GENERAL_INDUSTRIAL_COMPLEX', district);
  const other = await zone('T-OTHER-ZONE', 'RND_SPECIAL_ZONE', null);

  const em = app.orm.em.fork();
  const organisation = (code: string) =>
    em.create(Organisation, { code, nameKo: `시험 기관 ${code}`, kind: 'COMPANY' });
  const operator = organisation('T-OPERATOR');
  const otherOperator = organisation('T-OTHER-OPERATOR');
  await em.flush();

  const programs = await app.gql<{
    programs: { nodes: { id: string; code: string; sources: { id: string }[] }[] };
  }>(
    '{ programs(first: 3, filter: { code: { in: ["GWANGJU-TYPE-JOBS", "AI-INDUSTRY", "BIRTH-CELEBRATION-GRANT"] } }) { nodes { id code sources { id } } } }',
  );
  const program = (code: string) => programs.data!.programs.nodes.find((p) => p.code === code)!.id;
  return {
    zones: { region, district, block, other },
    operator: globalId('Organisation', operator.id),
    otherOperator: globalId('Organisation', otherOperator.id),
    programs: {
      jobs: program('GWANGJU-TYPE-JOBS'),
      ai: program('AI-INDUSTRY'),
      birth: program('BIRTH-CELEBRATION-GRANT'),
    },
    source: programs.data!.programs.nodes[0]!.sources[0]!.id,
  };
}
