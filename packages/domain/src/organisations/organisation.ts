import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import type { ParentOf } from '../shared/hierarchy.js';
import { checkParentIssue } from '../shared/issues.js';
import { NAME_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import {
  COMMON_FIELD_LABELS,
  commonRecordFields,
  optionalRecordId,
  recordId,
  type StoredRecord,
} from '../shared/record.js';
import { bilingualText } from '../shared/text.js';
import { type Validated, type ValidationIssue, validateWith } from '../shared/validation.js';

/**
 * What kind of body an organisation is (기관 유형). CITY is a metropolitan government itself
 * (광주광역시): nothing assumes Gwangju is the only one, so the city is a record like any other and
 * its departments hang under it.
 */
export const OrganisationKind = defineCodeList('OrganisationKind', {
  CITY: { ko: '광역자치단체', en: 'Metropolitan government' },
  CITY_DEPARTMENT: { ko: '시 부서', en: 'City department' },
  MINISTRY: { ko: '중앙부처', en: 'Ministry' },
  AGENCY: { ko: '공공기관', en: 'Agency' },
  PUBLIC_CORPORATION: { ko: '공기업', en: 'Public corporation' },
  COMPANY: { ko: '기업', en: 'Company' },
  UNIVERSITY: { ko: '대학', en: 'University' },
  RESEARCH_INSTITUTE: { ko: '연구기관', en: 'Research institute' },
  FOUNDATION: { ko: '재단', en: 'Foundation' },
  SPORTS_CLUB: { ko: '스포츠단', en: 'Sports club' },
});
export type OrganisationKind = (typeof OrganisationKind.codes)[number];

/** The part an organisation plays in a program, zone or facility (참여 역할). */
export const OrganisationRole = defineCodeList('OrganisationRole', {
  LEAD: { ko: '주관', en: 'Lead' },
  PARTNER: { ko: '협력', en: 'Partner' },
  OPERATOR: { ko: '운영', en: 'Operator' },
  FUNDER: { ko: '재원 부담', en: 'Funder' },
  INVESTOR: { ko: '투자', en: 'Investor' },
});
export type OrganisationRole = (typeof OrganisationRole.codes)[number];

export const ORGANISATION_NAME_MAX = NAME_MAX;

export const OrganisationInput = z
  .object({
    ...commonRecordFields,
    name: bilingualText(ORGANISATION_NAME_MAX),
    kind: OrganisationKind.schema,
    /** The body this one belongs to (a department's city, a ministry's agency), or null. */
    parentId: optionalRecordId,
  })
  .strict();
export type OrganisationInput = z.input<typeof OrganisationInput>;
export type OrganisationValues = z.output<typeof OrganisationInput>;
export interface Organisation extends OrganisationValues, StoredRecord {}

export function validateOrganisation(input: unknown): Validated<OrganisationValues> {
  return validateWith(OrganisationInput, input);
}

/** An organisation's part in something else; the API knows what the something is. */
export const OrganisationLinkInput = z
  .object({
    organisationId: recordId,
    role: OrganisationRole.schema,
  })
  .strict();
export type OrganisationLinkInput = z.input<typeof OrganisationLinkInput>;
export type OrganisationLink = z.output<typeof OrganisationLinkInput>;

/**
 * A program (or zone, or facility) has at most one lead, and an organisation holds a given role
 * in it once. Several roles for one organisation are fine: the city both leads and funds.
 */
export function checkOrganisationLinks(links: readonly OrganisationLink[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  let hasLead = false;
  links.forEach((link, i) => {
    const key = `${link.organisationId}\u0000${link.role}`;
    if (seen.has(key)) {
      issues.push({ field: `links.${i}`, code: 'DUPLICATE', params: { value: link.organisationId } });
    }
    seen.add(key);
    if (link.role === 'LEAD') {
      if (hasLead) issues.push({ field: `links.${i}.role`, code: 'DUPLICATE', params: { value: 'LEAD' } });
      hasLead = true;
    }
  });
  return issues;
}

/** An organisation may not become its own ancestor. */
export function checkOrganisationParent(
  id: string | null,
  parentId: string | null,
  parentOf: ParentOf,
): ValidationIssue | null {
  return checkParentIssue(id, parentId, parentOf);
}

export const ORGANISATION_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  ...COMMON_FIELD_LABELS,
  kind: { ko: '기관 유형', en: 'Kind' },
  parentId: { ko: '상위 기관', en: 'Parent organisation' },
  organisationId: { ko: '기관', en: 'Organisation' },
  role: { ko: '역할', en: 'Role' },
};
