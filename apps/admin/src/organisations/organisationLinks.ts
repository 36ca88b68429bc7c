import { type Locale, OrganisationRole } from '@bitgoeul/domain';
import type { GraphqlQuery } from '../dataProvider/dataProvider';
import type { LocalizedText } from '../dataProvider/recordMapping';
import { nameIn } from '../i18n/names';

/**
 * An organisation's part in a program, zone or facility (`linkOrganisation` / `unlinkOrganisation`).
 * A link has no id of its own: it is the subject, the organisation and the role.
 */

/** The records that take organisations, as the API types them. */
export type LinkSubject = 'Program' | 'Zone' | 'Facility';

const SUBJECT_FIELD: Record<LinkSubject, string> = { Program: 'program', Zone: 'zone', Facility: 'facility' };

interface OrganisationSummary {
  id: string;
  code: string;
  name: LocalizedText;
}

export interface OrganisationLinkNode {
  role: OrganisationRole;
  organisation: OrganisationSummary;
}

export interface UserErrorNode {
  field: string[] | null;
  message: string;
  code: string | null;
}

interface LinkPayload {
  link: { role: OrganisationRole } | null;
  userErrors: UserErrorNode[];
}

export const linksQuery = (subject: LinkSubject) => /* GraphQL */ `
  query ${subject}OrganisationLinks($id: ID!) {
    record: ${SUBJECT_FIELD[subject]}(id: $id) {
      id
      organisations { role organisation { id code name { ko en } } }
    }
  }
`;

export const LINK_ORGANISATION_MUTATION = /* GraphQL */ `
  mutation LinkOrganisation($input: LinkOrganisationInput!) {
    linkOrganisation(input: $input) {
      link { role }
      userErrors { field message code }
    }
  }
`;

export const UNLINK_ORGANISATION_MUTATION = /* GraphQL */ `
  mutation UnlinkOrganisation($input: UnlinkOrganisationInput!) {
    unlinkOrganisation(input: $input) {
      link { role }
      userErrors { field message code }
    }
  }
`;

export interface LinkInput {
  subjectId: string;
  organisationId: string;
  role: OrganisationRole;
}

export async function fetchLinks(
  query: GraphqlQuery,
  subject: LinkSubject,
  id: string,
): Promise<OrganisationLinkNode[]> {
  const result = await query<{ record: { organisations: OrganisationLinkNode[] } | null }>(
    linksQuery(subject),
    { id },
  );
  return result.record?.organisations ?? [];
}

/** The API's refusals as it words them (in the language the panel asked in); none when it agreed. */
export async function linkOrganisation(query: GraphqlQuery, input: LinkInput): Promise<string[]> {
  const result = await query<{ linkOrganisation: LinkPayload }>(LINK_ORGANISATION_MUTATION, { input });
  return refusals(result.linkOrganisation);
}

export async function unlinkOrganisation(query: GraphqlQuery, input: LinkInput): Promise<string[]> {
  const result = await query<{ unlinkOrganisation: LinkPayload }>(UNLINK_ORGANISATION_MUTATION, { input });
  return refusals(result.unlinkOrganisation);
}

function refusals(payload: LinkPayload): string[] {
  if (payload.userErrors.length) return payload.userErrors.map((e) => e.message);
  if (!payload.link) throw new Error('The API changed nothing and reported no error');
  return [];
}

/** One row of a record's organisations table. */
export interface LinkRow {
  /** Unique on the page: an organisation may hold several roles. */
  key: string;
  organisationId: string;
  code: string;
  name: string;
  role: OrganisationRole;
  roleLabel: string;
}

const roleOrder = (role: OrganisationRole) => OrganisationRole.codes.indexOf(role);

/** Lead first, then by role as the domain lists them, then by code (the order the API also keeps). */
export function linkRows(links: readonly OrganisationLinkNode[], locale: Locale): LinkRow[] {
  return [...links]
    .sort(
      (a, b) =>
        roleOrder(a.role) - roleOrder(b.role) || a.organisation.code.localeCompare(b.organisation.code),
    )
    .map((link) => ({
      key: `${link.organisation.id}:${link.role}`,
      organisationId: link.organisation.id,
      code: link.organisation.code,
      name: nameIn(link.organisation.name, locale),
      role: link.role,
      roleLabel: OrganisationRole.label(link.role, locale),
    }));
}

/** What the add form starts with: the lead while there is none (one at most), a partner after. */
export const defaultRole = (links: readonly OrganisationLinkNode[]): OrganisationRole =>
  links.some((link) => link.role === 'LEAD') ? 'PARTNER' : 'LEAD';

/** What an organisation takes part in, as its page lists it (`Organisation.programs`, `zones`, `facilities`). */
interface Part {
  role: OrganisationRole;
}
export interface OrganisationParts {
  programs?: (Part & { program: OrganisationSummary })[] | null;
  zones?: (Part & { zone: OrganisationSummary })[] | null;
  facilities?: (Part & { facility: OrganisationSummary })[] | null;
}

export interface PartRow {
  key: string;
  /** The react-admin resource the record is managed in, for its link. */
  resource: 'programs' | 'zones' | 'facilities';
  id: string;
  code: string;
  name: string;
  role: OrganisationRole;
  roleLabel: string;
}

/** Programs, then zones, then facilities; within each, lead roles first, then by code. */
export function partRows(parts: OrganisationParts, locale: Locale): PartRow[] {
  const rows = (resource: PartRow['resource'], list: { role: OrganisationRole; of: OrganisationSummary }[]) =>
    [...list]
      .sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.of.code.localeCompare(b.of.code))
      .map(
        ({ role, of }): PartRow => ({
          key: `${resource}:${of.id}:${role}`,
          resource,
          id: of.id,
          code: of.code,
          name: nameIn(of.name, locale),
          role,
          roleLabel: OrganisationRole.label(role, locale),
        }),
      );
  return [
    ...rows(
      'programs',
      (parts.programs ?? []).map((p) => ({ role: p.role, of: p.program })),
    ),
    ...rows(
      'zones',
      (parts.zones ?? []).map((p) => ({ role: p.role, of: p.zone })),
    ),
    ...rows(
      'facilities',
      (parts.facilities ?? []).map((p) => ({ role: p.role, of: p.facility })),
    ),
  ];
}
