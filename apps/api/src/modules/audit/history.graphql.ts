import { builder } from '../../graphql/builder.js';
import type { AuditEventEntity } from '../../records/audit-event.entity.js';
import { AuditEventRef } from './audit.graphql.js';
import { auditRepository } from './audit.repository.js';
import { rememberWritableRecords, type WritableRecordType } from './audit.subjects.js';

/**
 * `history` on every record written through a RecordWriteSpec, loaded in one query for a whole page of
 * records; restore and the history's field labels learn the same kinds. Called once by the schema assembly.
 */
export function defineRecordHistory(types: readonly WritableRecordType[]) {
  rememberWritableRecords(types);
  for (const { spec, ref } of types) {
    const typename = spec.typename;
    builder.objectFields(ref, (t) => ({
      history: t.loadableGroup({
        type: AuditEventRef,
        description:
          'Every recorded write to this record, newest first: who, when, and what changed. Editors and admins.',
        authScopes: { editor: true },
        load: (ids: string[], ctx) => auditRepository.historyOf(ctx.em, typename, ids),
        group: (event) => (event as AuditEventEntity).entityId,
        resolve: (record) => (record as { id: string }).id,
      }),
    }));
  }
}
