import type { FilterRule } from '../filterRules';
import { value } from '../filterRules';
import type { ResourceDefinition } from '../resourceDefinition';

/** What the API's `AuditEvent` gives of one write (its whole snapshots are selected only where shown). */
export const AUDIT_EVENT_SELECTION = `
    id
    at
    action
    entityType
    entityId
    entityCode
    entityVersion
    userEmail
    user { id name email }
    changes { field label before after }`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day picked in the filter bar is a day in Gwangju: `from` is its first instant there, `to` its last,
 * so "to 2024-03-31" includes what was written that evening. A full instant is sent as it is.
 */
export const dayBoundary =
  (field: string, end: 'start' | 'end'): FilterRule =>
  (v) => {
    if (typeof v !== 'string' || v === '') return undefined;
    if (!DAY.test(v)) return { [field]: v };
    return { [field]: end === 'start' ? `${v}T00:00:00.000+09:00` : `${v}T23:59:59.999+09:00` };
  };

/** The audit log (editors and admins): read only, newest first, no single fetch. */
export const auditEventsResource: ResourceDefinition = {
  name: 'auditEvents',
  typeName: 'AuditEvent',
  plural: 'Audit events',
  selection: AUDIT_EVENT_SELECTION,
  inputFields: [],
  orderFields: {},
  filters: {
    userId: value('user'),
    entityType: value('entityType'),
    entityId: value('entity'),
    action: value('action'),
    from: dayBoundary('from', 'start'),
    to: dayBoundary('to', 'end'),
  },
  mutations: { create: false, update: false, delete: false },
  single: false,
};
