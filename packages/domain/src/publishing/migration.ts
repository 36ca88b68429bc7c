import type { Visibility } from '../shared/record.js';
import { instant } from './public-version.js';
import type { PublicationState } from './publication-state.js';

export interface MigratedRecord {
  visibility: Visibility;
  /**
   * When the record was first on record: `recordedAt` for an observation or a target vintage,
   * `createdAt` for a program, zone, facility, indicator or benefit rule.
   */
  recordedAt: string;
  /** When it stopped being shown, if it did without a successor (the API knows; null otherwise). */
  withdrawnAt?: string | null;
}

export interface MigratedPublication {
  state: PublicationState;
  publishedAt: string | null;
  releaseAt: string | null;
  withdrawnAt: string | null;
  /** Nobody published migrated data by hand; the audit log names the migration. */
  publishedBy: null;
}

/**
 * The publication fields of data that existed before publishing did. Until then every PUBLIC
 * record was shown to everyone from the moment it was recorded, so it becomes PUBLISHED as of that
 * moment (published and released at `recordedAt`) — anonymous as-of answers stay what they were.
 * A vintage superseded by a successor stays PUBLISHED: the successor's release replaces it (see
 * public-version.ts), which is exactly when the old rules stopped showing it.
 *
 * INTERNAL records were never shown to the public and never will be: they become DRAFT, with no
 * publication times. Publishing one later takes a change of visibility and a review.
 */
export function migrationState(record: MigratedRecord): MigratedPublication {
  if (record.visibility === 'INTERNAL') {
    return { state: 'DRAFT', publishedAt: null, releaseAt: null, withdrawnAt: null, publishedBy: null };
  }
  const at = new Date(instant(record.recordedAt)).toISOString();
  const withdrawnAt = record.withdrawnAt ? new Date(instant(record.withdrawnAt)).toISOString() : null;
  return {
    state: withdrawnAt ? 'WITHDRAWN' : 'PUBLISHED',
    publishedAt: at,
    releaseAt: at,
    withdrawnAt,
    publishedBy: null,
  };
}
