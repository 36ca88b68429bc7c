import type { GraphqlQuery } from '../dataProvider/dataProvider';
import { type UserError, userErrorsToHttpError } from '../dataProvider/recordMapping';
import { RESOURCES } from '../dataProvider/registry';
import { type ResourceDefinition, resolveResource } from '../dataProvider/resourceDefinition';
import { AUDIT_EVENT_SELECTION, type AuditEventNode } from './auditEvent';

/** The record's events, newest first, with its current version (a restore is sent with it). */
export function historyQuery(definition: ResourceDefinition): string {
  const { typeName, oneField } = resolveResource(definition);
  return `
  query ${typeName}History($id: ID!) {
    ${oneField}(id: $id) {
      id
      version
      history {${AUDIT_EVENT_SELECTION}
        before
        after
      }
    }
  }`;
}

export const RESTORE_RECORD_MUTATION = `
  mutation RestoreRecord($input: RestoreRecordInput!) {
    restoreRecord(input: $input) {
      record { id }
      userErrors { field message code }
    }
  }`;

export interface RecordHistory {
  version: number;
  events: AuditEventNode[];
}

export function definitionOf(resource: string): ResourceDefinition {
  const definition = RESOURCES.find((r) => r.name === resource);
  if (!definition) throw new Error(`Unknown resource "${resource}"`);
  return definition;
}

/** The react-admin resource an audited type is managed in (`Program` → `programs`), if the admin has one. */
export function resourceOfType(typeName: string): string | undefined {
  return RESOURCES.find((r) => r.typeName === typeName)?.name;
}

export async function fetchHistory(
  query: GraphqlQuery,
  resource: string,
  id: string,
): Promise<RecordHistory> {
  const definition = definitionOf(resource);
  const { oneField } = resolveResource(definition);
  const result = await query<Record<string, { version: number; history: AuditEventNode[] }>>(
    historyQuery(definition),
    { id },
  );
  const node = result[oneField]!;
  return { version: node.version, events: node.history };
}

/**
 * Brings the record back to how it was after `auditEventId`, refused (STALE_VERSION, in the UI language)
 * when it changed since `version`. A refusal is thrown with the server's messages, as a save's would be.
 */
export async function restoreRecord(
  query: GraphqlQuery,
  input: { auditEventId: string; version: number | null | undefined },
): Promise<{ id: string }> {
  const result = await query<{
    restoreRecord: { record: { id: string } | null; userErrors: UserError[] };
  }>(RESTORE_RECORD_MUTATION, { input });
  const { record, userErrors } = result.restoreRecord;
  if (userErrors.length) throw userErrorsToHttpError({ inputFields: [] }, userErrors);
  if (!record) throw new Error('The API restored nothing and reported no error');
  return record;
}
