import { OrganisationRole } from '@bitgoeul/domain';
import { type EntityManager, type EntityName, type FilterQuery, LockMode, type Ref } from '@mikro-orm/core';
import { Facility, FacilityOrganisation } from '../facilities/ref.js';
import { type OrganisationEntity, ProgramOrganisation } from '../organisations/ref.js';
import { Program } from '../programs/ref.js';
import { Zone, ZoneOrganisation } from '../zones/ref.js';

/** What an organisation can be linked to, by GraphQL type name: its entity, link table and key. */
export const LINK_SUBJECTS = {
  Program: { entity: Program, link: ProgramOrganisation, key: 'program' },
  Zone: { entity: Zone, link: ZoneOrganisation, key: 'zone' },
  Facility: { entity: Facility, link: FacilityOrganisation, key: 'facility' },
} as const;
export type LinkSubjectType = keyof typeof LINK_SUBJECTS;

export function isLinkSubjectType(typename: string): typename is LinkSubjectType {
  return Object.hasOwn(LINK_SUBJECTS, typename);
}

/** An organisation's role in one program, zone or facility, as the schema reads it. */
export interface OrganisationLinkRow {
  subjectType: LinkSubjectType;
  subjectId: string;
  organisation: OrganisationEntity;
  role: OrganisationRole;
}

/** The three link entities share this shape; only the subject's key differs. */
type LinkEntity = { id: string; organisation: Ref<OrganisationEntity>; role: OrganisationRole } & Record<
  string,
  unknown
>;
type Subject = { id: string; code: string };

const linkEntity = (type: LinkSubjectType) => LINK_SUBJECTS[type].link as unknown as EntityName<LinkEntity>;
const subjectOf = (type: LinkSubjectType, row: LinkEntity) =>
  (row[LINK_SUBJECTS[type].key] as Ref<Subject>).unwrap();

const roleRank = (role: OrganisationRole) => OrganisationRole.codes.indexOf(role);

/** Lead first, then partners and the rest in the code list's order; within a role, by code. */
function byRoleThenCode<T>(code: (row: T) => string, role: (row: T) => OrganisationRole) {
  return (a: T, b: T) => roleRank(role(a)) - roleRank(role(b)) || code(a).localeCompare(code(b));
}

export const organisationLinkRepository = {
  /** The organisations of many subjects of one type, in one query (organisations joined in). */
  async ofSubjects(
    em: EntityManager,
    type: LinkSubjectType,
    subjectIds: readonly string[],
  ): Promise<OrganisationLinkRow[][]> {
    const key = LINK_SUBJECTS[type].key;
    const rows = await em.find(
      linkEntity(type),
      { [key]: { $in: [...subjectIds] } } as FilterQuery<LinkEntity>,
      {
        populate: ['organisation'] as never,
      },
    );
    const groups = new Map<string, OrganisationLinkRow[]>(subjectIds.map((id) => [id, []]));
    for (const row of rows) {
      const subjectId = subjectOf(type, row).id;
      groups
        .get(subjectId)
        ?.push({ subjectType: type, subjectId, organisation: row.organisation.unwrap(), role: row.role });
    }
    const order = byRoleThenCode<OrganisationLinkRow>(
      (r) => r.organisation.code,
      (r) => r.role,
    );
    return subjectIds.map((id) => groups.get(id)!.sort(order));
  },

  /** The subjects of one type that many organisations take part in, in one query (subjects joined in). */
  async ofOrganisations<S extends Subject>(
    em: EntityManager,
    type: LinkSubjectType,
    organisationIds: readonly string[],
  ): Promise<{ subject: S; role: OrganisationRole }[][]> {
    const rows = await em.find(
      linkEntity(type),
      { organisation: { $in: [...organisationIds] } } as FilterQuery<LinkEntity>,
      { populate: [LINK_SUBJECTS[type].key] as never },
    );
    const groups = new Map<string, { subject: S; role: OrganisationRole }[]>(
      organisationIds.map((id) => [id, []]),
    );
    for (const row of rows) {
      groups.get(row.organisation.id)?.push({ subject: subjectOf(type, row) as S, role: row.role });
    }
    const order = byRoleThenCode<{ subject: S; role: OrganisationRole }>(
      (r) => r.subject.code,
      (r) => r.role,
    );
    return organisationIds.map((id) => groups.get(id)!.sort(order));
  },

  /**
   * Loads the subject for a change of its links. On PostgreSQL the row is locked until the
   * transaction ends, so two clients adding a lead at once cannot both pass the one-lead check
   * (SQLite runs one write transaction at a time and needs no lock).
   */
  lockSubject(em: EntityManager, type: LinkSubjectType, id: string) {
    const entity = LINK_SUBJECTS[type].entity as unknown as EntityName<Subject>;
    return em.findOne(entity, { id } as FilterQuery<Subject>, { lockMode: LockMode.PESSIMISTIC_WRITE });
  },

  subjectExists(em: EntityManager, type: LinkSubjectType, id: string) {
    const entity = LINK_SUBJECTS[type].entity as unknown as EntityName<Subject>;
    return em.count(entity, { id } as FilterQuery<Subject>).then((n) => n > 0);
  },

  async linksOf(em: EntityManager, type: LinkSubjectType, subjectId: string) {
    const key = LINK_SUBJECTS[type].key;
    return em.find(linkEntity(type), { [key]: subjectId } as FilterQuery<LinkEntity>);
  },

  add(
    em: EntityManager,
    type: LinkSubjectType,
    subjectId: string,
    organisation: OrganisationEntity,
    role: OrganisationRole,
  ) {
    const { entity, key } = LINK_SUBJECTS[type];
    return em.create(linkEntity(type), {
      [key]: em.getReference(entity as unknown as EntityName<Subject>, subjectId),
      organisation,
      role,
    } as never);
  },

  remove(
    em: EntityManager,
    type: LinkSubjectType,
    subjectId: string,
    organisationId: string,
    role: OrganisationRole,
  ) {
    const key = LINK_SUBJECTS[type].key;
    return em.nativeDelete(linkEntity(type), {
      [key]: subjectId,
      organisation: organisationId,
      role,
    } as FilterQuery<LinkEntity>);
  },
};
