import { type EntityManager, LockMode } from '@mikro-orm/core';
import { BaseSqlitePlatform } from '@mikro-orm/knex';
import { ANONYMOUS } from '../../auth/accounts.js';
import { recordAudit } from '../../records/audit.js';
import { Observation } from './indicator.entity.js';

/**
 * Records the release of figures scheduled for a moment that has passed (issue #15): each becomes
 * released (releasedAt = its releaseAt) with one audit entry, the runner as its author. What the
 * public sees never waits for this — a scheduled vintage's public window already starts at its
 * releaseAt — so a late or stopped runner leaves only the record of the release behind.
 *
 * Once per vintage, whoever runs it: rows are claimed `FOR UPDATE SKIP LOCKED` on PostgreSQL, so
 * two runners split the due rows between them, and the update is conditional on the release not
 * being recorded yet (SQLite serialises its writers, and a runner that lost a race updates nothing).
 */
export async function releaseDue(em: EntityManager, now: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const sqlite = tx.getPlatform() instanceof BaseSqlitePlatform;
    const due = await tx.find(
      Observation,
      { publicationState: 'PUBLISHED', releaseAt: { $lte: now }, releasedAt: null },
      {
        fields: ['id', 'releaseAt', 'version'],
        orderBy: { releaseAt: 'asc', id: 'asc' },
        limit: 500,
        ...(sqlite ? {} : { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE }),
      },
    );
    let released = 0;
    for (const row of due) {
      const changed = await tx.nativeUpdate(
        Observation,
        { id: row.id, releasedAt: null },
        { releasedAt: row.releaseAt },
      );
      if (changed !== 1) continue;
      released += 1;
      recordAudit(tx, ANONYMOUS, {
        action: 'UPDATE',
        entityType: 'Observation',
        entityId: row.id,
        entityVersion: row.version,
        before: { releasedAt: null },
        after: { releasedAt: row.releaseAt!.toISOString(), releasedBy: 'release runner' },
      });
    }
    await tx.flush();
    return released;
  });
}

export interface ReleaseRunner {
  /** One pass now (what the interval does), with the runner's clock. */
  runOnce(): Promise<number>;
  /** Stops the interval and waits for a pass in progress. */
  stop(): Promise<void>;
}

/**
 * An in-process runner: every `intervalMs`, one pass of releaseDue on a fresh entity manager. A pass
 * still running when the next is due is not doubled. The clock is injected for tests.
 */
export function startReleaseRunner(
  fork: () => EntityManager,
  {
    intervalMs = 60_000,
    clock = () => new Date(),
    onError = () => {},
  }: { intervalMs?: number; clock?: () => Date; onError?: (error: unknown) => void } = {},
): ReleaseRunner {
  let running: Promise<number> | null = null;
  const runOnce = () => {
    running ??= releaseDue(fork(), clock()).finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => runOnce().catch(onError), intervalMs);
  timer.unref();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}
