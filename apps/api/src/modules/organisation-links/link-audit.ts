import { OrganisationRole } from '@bitgoeul/domain';
import type { EntityManager, EntityName } from '@mikro-orm/core';
import type { Caller } from '../../auth/accounts.js';
import { recordAudit } from '../../records/audit.js';
import type { OrganisationEntity } from '../organisations/ref.js';
import {
  LINK_SUBJECTS,
  type LinkSubjectType,
  organisationLinkRepository,
} from './organisation-link.repository.js';

interface LinkEntry {
  organisation: string;
  role: OrganisationRole;
}

const byRoleThenCode = (a: LinkEntry, b: LinkEntry) =>
  OrganisationRole.codes.indexOf(a.role) - OrganisationRole.codes.indexOf(b.role) ||
  a.organisation.localeCompare(b.organisation);

/**
 * A link has no id or history of its own: the change is recorded as an update of the program,
 * zone or facility's `organisations` (by code and role), so it shows in that record's history.
 * Call it inside the write's transaction, after the link was added or removed.
 */
export async function recordLinkChange(
  em: EntityManager,
  caller: Caller,
  type: LinkSubjectType,
  subjectId: string,
  change: { kind: 'added' | 'removed'; organisation: OrganisationEntity; role: OrganisationRole },
): Promise<void> {
  await em.flush();
  const [links = []] = await organisationLinkRepository.ofSubjects(em, type, [subjectId]);
  const after = links.map((l) => ({ organisation: l.organisation.code, role: l.role }));
  const entry = { organisation: change.organisation.code, role: change.role };
  const before =
    change.kind === 'added'
      ? after.filter((l) => l.organisation !== entry.organisation || l.role !== entry.role)
      : [...after, entry].sort(byRoleThenCode);
  const entity = LINK_SUBJECTS[type].entity as unknown as EntityName<{
    id: string;
    code: string;
    version: number;
  }>;
  const subject = await em.findOne(entity, { id: subjectId });
  recordAudit(em, caller, {
    action: 'UPDATE',
    entityType: type,
    entityId: subjectId,
    entityCode: subject?.code ?? null,
    entityVersion: subject?.version ?? null,
    before: { organisations: before },
    after: { organisations: after },
  });
  await em.flush();
}
