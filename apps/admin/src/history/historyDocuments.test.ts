import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createDataProvider } from '../dataProvider/dataProvider';
import { fakeServer } from '../dataProvider/testServer';
import type { AuditEventNode } from './auditEvent';
import { definitionOf, fetchHistory, historyQuery, resourceOfType, restoreRecord } from './historyDocuments';

const event = (over: Partial<AuditEventNode>): AuditEventNode => ({
  id: 'QXVkaXRFdmVudDox',
  at: '2024-03-01T00:00:00.000Z',
  action: 'UPDATE',
  entityType: 'Program',
  entityId: 'UHJvZ3JhbTox',
  entityCode: 'GWANGJU-TYPE-JOBS',
  entityVersion: 4,
  userEmail: 'editor@gwangju.go.kr',
  user: { id: 'VXNlcjoy', name: '편집자', email: 'editor@gwangju.go.kr' },
  changes: [{ field: 'progress', label: '진척률(%)', before: 40, after: 77 }],
  ...over,
});

function setup(...answers: Parameters<typeof fakeServer>) {
  const server = fakeServer(...answers);
  const { query } = createDataProvider({ fetch: server.fetch, getLocale: () => 'ko' });
  return { query, sent: server.sent };
}

describe("a record's history", () => {
  it("is read through the record's own single fetch, with its version", async () => {
    const events = [event({ id: 'e2' }), event({ id: 'e1', action: 'CREATE', entityVersion: 1 })];
    const { query, sent } = setup({
      body: { data: { program: { id: 'UHJvZ3JhbTox', version: 4, history: events } } },
    });
    const history = await fetchHistory(query, 'programs', 'UHJvZ3JhbTox');
    expect(history).toEqual({ version: 4, events });
    expect(sent[0]!.query).toContain('program(id: $id)');
    expect(sent[0]!.query).toContain('history {');
    expect(sent[0]!.variables).toEqual({ id: 'UHJvZ3JhbTox' });
  });

  it('has a document for every resource with a single fetch', () => {
    expect(historyQuery(definitionOf('benefitRules'))).toContain('benefitRule(id: $id)');
    expect(historyQuery(definitionOf('zones'))).toContain('query ZoneHistory($id: ID!)');
  });

  it('names the resource an audited type is managed in', () => {
    expect(resourceOfType('Program')).toBe('programs');
    expect(resourceOfType('BenefitRule')).toBe('benefitRules');
    expect(resourceOfType('User')).toBe('users');
    expect(resourceOfType('Observation')).toBeUndefined();
  });
});

describe('restoring a version', () => {
  it('sends the event and the version the page shows', async () => {
    const { query, sent } = setup({
      body: { data: { restoreRecord: { record: { id: 'UHJvZ3JhbTox' }, userErrors: [] } } },
    });
    await expect(restoreRecord(query, { auditEventId: 'e1', version: 4 })).resolves.toEqual({
      id: 'UHJvZ3JhbTox',
    });
    expect(sent[0]!.query).toContain('restoreRecord(input: $input)');
    expect(sent[0]!.variables).toEqual({ input: { auditEventId: 'e1', version: 4 } });
  });

  it("is refused with the server's Korean message when the record changed since", async () => {
    const message = '다른 사람이 먼저 저장했습니다(현재 버전 5). 새로 고친 뒤 다시 시도하세요.';
    const { query } = setup({
      body: {
        data: {
          restoreRecord: {
            record: null,
            userErrors: [{ field: ['version'], message, code: 'STALE_VERSION' }],
          },
        },
      },
    });
    const error = await restoreRecord(query, { auditEventId: 'e1', version: 4 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ message, status: 400 });
  });
});
