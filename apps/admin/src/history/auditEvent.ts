import { AUDIT_EVENT_SELECTION } from '../dataProvider/resources/auditEvents';
import type { FieldChange } from './diff';

/** The fields of an event every reader selects (the log's list, a record's History tab). */
export { AUDIT_EVENT_SELECTION };

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE';
export const AUDIT_ACTIONS: readonly AuditAction[] = ['CREATE', 'UPDATE', 'DELETE', 'RESTORE'];

/** One write as the API's `AuditEvent` gives it (the whole snapshots are left on the server). */
export interface AuditEventNode {
  id: string;
  at: string;
  action: AuditAction;
  entityType: string;
  /** The record's global id. */
  entityId: string;
  entityCode: string | null;
  /** The record's version after the write. */
  entityVersion: number | null;
  /** Who, as recorded at the time; `user` is null once the account is gone or for the system's own writes. */
  userEmail: string | null;
  user: { id: string; name: string; email: string } | null;
  changes: FieldChange[];
  /** The whole record before and after (selected by the History tab, not by the log's list). */
  before?: unknown;
  after?: unknown;
}
