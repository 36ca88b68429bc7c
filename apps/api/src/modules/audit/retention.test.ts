import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, type TestDatabase } from '../../../test/databases.js';
import { ConfigError, loadConfig } from '../../config.js';
import { AuditEvent } from '../../records/audit-event.entity.js';
import { initORM } from '../../wiring/orm.js';
import { pruneAuditEvents } from './retention.js';

describe('BITGOEUL_AUDIT_RETENTION_DAYS', () => {
  it('keeps everything unless set to a whole number of days', () => {
    expect(loadConfig({}).auditRetentionDays).toBeNull();
    expect(loadConfig({ BITGOEUL_AUDIT_RETENTION_DAYS: '' }).auditRetentionDays).toBeNull();
    expect(loadConfig({ BITGOEUL_AUDIT_RETENTION_DAYS: ' 365 ' }).auditRetentionDays).toBe(365);
  });

  it.each(['0', '-3', '1.5', 'forever'])('refuses %s in one line naming the variable', (value) => {
    expect(() => loadConfig({ BITGOEUL_AUDIT_RETENTION_DAYS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ BITGOEUL_AUDIT_RETENTION_DAYS: value })).toThrow(
      new RegExp(`^BITGOEUL_AUDIT_RETENTION_DAYS "${value.replace('.', '\\.')}"[^\\n]*$`),
    );
  });
});

describe.each(databaseKinds)('audit retention on $name', (kind) => {
  let orm: MikroORM;
  let database: TestDatabase;
  const now = new Date('2026-11-25T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

  beforeAll(async () => {
    database = await kind.create();
    orm = await initORM(database.config, { quiet: true, seed: false });
    const em = orm.em.fork();
    for (const [code, age] of [
      ['ANCIENT', 400],
      ['OLD', 31],
      ['RECENT', 29],
      ['TODAY', 0],
    ] as const) {
      em.create(AuditEvent, {
        at: daysAgo(age),
        action: 'UPDATE',
        entityType: 'Program',
        entityId: code,
        entityCode: code,
        changes: '[]',
      });
    }
    await em.flush();
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  const codes = async () =>
    (await orm.em.fork().find(AuditEvent, {}, { orderBy: { at: 'asc' } })).map((e) => e.entityCode);

  it('keeps every event when no retention is set', async () => {
    expect(await pruneAuditEvents(orm.em.fork(), null, now)).toBe(0);
    expect(await codes()).toEqual(['ANCIENT', 'OLD', 'RECENT', 'TODAY']);
  });

  it('deletes only the events older than the retention period', async () => {
    expect(await pruneAuditEvents(orm.em.fork(), 30, now)).toBe(2);
    expect(await codes()).toEqual(['RECENT', 'TODAY']);
    expect(await pruneAuditEvents(orm.em.fork(), 30, now)).toBe(0);
  });
});
