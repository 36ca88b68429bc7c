import {
  type Bilingual,
  checkOrganisationLinks,
  findControlCharacter,
  ORGANISATION_FIELD_LABELS,
  OrganisationRole,
} from '@bitgoeul/domain';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
import { decodeId, UserErrorRef } from '../../graphql/common.js';
import type { Context } from '../../graphql/context.js';
import { badInput, type UserError } from '../../graphql/errors.js';
import { refusal, type StoreIssue } from '../../records/record-writes.js';
import { Organisation, OrganisationRoleEnum } from '../organisations/ref.js';
import { recordLinkChange } from './link-audit.js';
import { OrganisationLinkRef } from './organisation-link.graphql.js';
import {
  isLinkSubjectType,
  LINK_SUBJECTS,
  type LinkSubjectType,
  type OrganisationLinkRow,
  organisationLinkRepository,
} from './organisation-link.repository.js';

const LINK_LABELS: Readonly<Record<string, Bilingual>> = {
  ...ORGANISATION_FIELD_LABELS,
  '': { ko: '연결', en: 'Link' },
  subjectId: { ko: '대상(사업·구역·시설)', en: 'Subject (program, zone or facility)' },
};

interface LinkInput {
  subjectId: string | number;
  organisationId: string | number;
  role: OrganisationRole;
}
interface LinkResult {
  link: OrganisationLinkRow | null;
  userErrors: UserError[];
}

/** A subject is named by its global id; only programs, zones and facilities take organisations. */
function decodeSubject(globalId: string | number): { type: LinkSubjectType; id: string } {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw badInput(`subjectId: "${globalId}" is not a valid id`, { field: 'subjectId' });
  }
  if (findControlCharacter(decoded.id)) {
    throw badInput(`subjectId: "${globalId}" is not a valid id`, { field: 'subjectId' });
  }
  if (!isLinkSubjectType(decoded.typename)) {
    const allowed = Object.keys(LINK_SUBJECTS).join(', ');
    throw badInput(`subjectId: a ${decoded.typename} takes no organisations; expected one of ${allowed}`, {
      field: 'subjectId',
    });
  }
  return { type: decoded.typename, id: decoded.id };
}

const refuse = (issues: StoreIssue[], ctx: Context): LinkResult => ({
  link: null,
  userErrors: refusal(issues, ctx.locale, LINK_LABELS).userErrors,
});

async function linkOrganisation(ctx: Context, input: LinkInput): Promise<LinkResult> {
  const subject = decodeSubject(input.subjectId);
  const organisationId = decodeId(input.organisationId, 'Organisation', 'organisationId');
  try {
    return await ctx.em.transactional(async (em) => {
      const found = await organisationLinkRepository.lockSubject(em, subject.type, subject.id);
      const organisation = await em.findOne(Organisation, { id: organisationId });
      const missing: StoreIssue[] = [];
      if (!found) missing.push({ field: 'subjectId', code: 'NOT_FOUND' });
      if (!organisation) missing.push({ field: 'organisationId', code: 'NOT_FOUND' });
      if (!organisation || missing.length) return refuse(missing, ctx);

      const existing = await organisationLinkRepository.linksOf(em, subject.type, subject.id);
      const links = [
        ...existing.map((l) => ({ organisationId: l.organisation.id, role: l.role })),
        { organisationId, role: input.role },
      ];
      // Only what the new link breaks is the caller's to fix.
      const mine = `links.${links.length - 1}`;
      const issues = checkOrganisationLinks(links).flatMap((issue): StoreIssue[] => {
        if (issue.field === mine)
          return [{ field: 'organisationId', code: issue.code, params: { value: organisation.code } }];
        if (issue.field === `${mine}.role`)
          return [
            {
              field: 'role',
              code: issue.code,
              params: { value: OrganisationRole.label(input.role, ctx.locale) },
            },
          ];
        return [];
      });
      if (issues.length) return refuse(issues, ctx);

      organisationLinkRepository.add(em, subject.type, subject.id, organisation, input.role);
      await em.flush();
      // Audit (accounts & audit issue): recorded on the subject, in this transaction.
      await recordLinkChange(em, ctx.caller, subject.type, subject.id, {
        kind: 'added',
        organisation,
        role: input.role,
      });
      const link: OrganisationLinkRow = {
        subjectType: subject.type,
        subjectId: subject.id,
        organisation,
        role: input.role,
      };
      return { link, userErrors: [] };
    });
  } catch (error) {
    // Two clients adding the same link at once: the unique index lets one through.
    if (error instanceof UniqueConstraintViolationException) {
      return refuse(
        [{ field: 'organisationId', code: 'DUPLICATE', params: { value: String(input.organisationId) } }],
        ctx,
      );
    }
    throw error;
  }
}

async function unlinkOrganisation(ctx: Context, input: LinkInput): Promise<LinkResult> {
  const subject = decodeSubject(input.subjectId);
  const organisationId = decodeId(input.organisationId, 'Organisation', 'organisationId');
  return ctx.em.transactional(async (em) => {
    const organisation = await em.findOne(Organisation, { id: organisationId });
    const removed = organisation
      ? await organisationLinkRepository.remove(em, subject.type, subject.id, organisationId, input.role)
      : 0;
    if (!organisation || removed === 0) {
      const found = await organisationLinkRepository.subjectExists(em, subject.type, subject.id);
      const missing: StoreIssue[] = [];
      if (!found) missing.push({ field: 'subjectId', code: 'NOT_FOUND' });
      if (!organisation) missing.push({ field: 'organisationId', code: 'NOT_FOUND' });
      // Both exist, but the organisation does not hold that role there.
      if (!missing.length) missing.push({ field: '', code: 'NOT_FOUND' });
      return refuse(missing, ctx);
    }
    // Audit (accounts & audit issue): recorded on the subject, in this transaction.
    await recordLinkChange(em, ctx.caller, subject.type, subject.id, {
      kind: 'removed',
      organisation,
      role: input.role,
    });
    const link: OrganisationLinkRow = {
      subjectType: subject.type,
      subjectId: subject.id,
      organisation,
      role: input.role,
    };
    return { link, userErrors: [] };
  });
}

const linkInputFields = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      subjectId: t.id({ required: true, description: 'The global id of a Program, Zone or Facility.' }),
      organisationId: t.id({ required: true }),
      role: t.field({ type: OrganisationRoleEnum, required: true }),
    }),
  });

const linkPayload = (name: string, description: string) =>
  builder.objectRef<LinkResult>(name).implement({
    fields: (t) => ({
      link: t.field({ type: OrganisationLinkRef, nullable: true, description, resolve: (r) => r.link }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (r) => r.userErrors }),
    }),
  });

const LinkOrganisationInput = linkInputFields('LinkOrganisationInput');
const UnlinkOrganisationInput = linkInputFields('UnlinkOrganisationInput');
const LinkOrganisationPayload = linkPayload('LinkOrganisationPayload', 'The new link; null when refused.');
const UnlinkOrganisationPayload = linkPayload(
  'UnlinkOrganisationPayload',
  'The link removed; null when refused.',
);

builder.mutationFields((t) => ({
  linkOrganisation: t.field({
    type: LinkOrganisationPayload,
    description:
      'Gives an organisation a role in a program, zone or facility. At most one lead each, and a role once per organisation.',
    args: { input: t.arg({ type: LinkOrganisationInput, required: true }) },
    resolve: (_, { input }, ctx) => linkOrganisation(ctx, input),
  }),
  unlinkOrganisation: t.field({
    type: UnlinkOrganisationPayload,
    description: 'Takes a role away from an organisation; its other roles stay.',
    args: { input: t.arg({ type: UnlinkOrganisationInput, required: true }) },
    resolve: (_, { input }, ctx) => unlinkOrganisation(ctx, input),
  }),
}));
