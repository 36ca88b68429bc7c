import { createDataProvider } from './dataProvider';
import type { FetchLike } from './graphqlClient';
import type { ProgramRecord } from './resources/programs';

/** Test support for the data provider's tests: a fake transport (fetch) and a program in both shapes. */

export interface SentRequest {
  url: string;
  headers: Record<string, string>;
  query: string;
  variables: Record<string, unknown>;
}

/** Stands in for the network: records each request and answers with the next canned response. */
export function fakeServer(...answers: Array<{ status?: number; body: unknown } | string>) {
  const sent: SentRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    sent.push({ url, headers: init.headers as Record<string, string>, ...body });
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`Unexpected request: ${body.query}`);
    if (typeof answer === 'string') return new Response(answer, { status: 502 });
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return { fetch, sent };
}

/** A `Program` as the API sends it: relations as `{ id }`. */
export const node = {
  id: 'UHJvZ3JhbTox',
  code: 'GWANGJU-TYPE-JOBS',
  name: { ko: '광주형 일자리', en: 'Gwangju-type jobs' },
  summary: { ko: '노사 상생형 일자리', en: null },
  area: 'JOBS_MOBILITY',
  status: 'IMPLEMENTATION',
  plannedStart: '2019-01-31',
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  progress: 40,
  visibility: 'PUBLIC',
  version: 3,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-02-01T00:00:00.000Z',
  parent: { id: 'UHJvZ3JhbTow' } as { id: string } | null,
  sources: [{ id: 'U291cmNlOjE=' }],
};
const { parent: _parent, sources: _sources, ...rest } = node;
export const record: ProgramRecord = {
  ...(rest as Omit<ProgramRecord, 'parentId' | 'sourceIds'>),
  parentId: 'UHJvZ3JhbTow',
  sourceIds: ['U291cmNlOjE='],
};

export function provider(...answers: Parameters<typeof fakeServer>) {
  let locale = 'ko';
  const server = fakeServer(...answers);
  const dataProvider = createDataProvider({ fetch: server.fetch, getLocale: () => locale });
  return { dataProvider, sent: server.sent, setLocale: (l: string) => (locale = l) };
}

export const page = (nodes: unknown[], totalCount = nodes.length, field = 'programs') => ({
  body: { data: { [field]: { totalCount, nodes } } },
});
