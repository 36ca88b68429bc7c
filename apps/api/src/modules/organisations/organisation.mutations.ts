import {
  checkOrganisationParent,
  ORGANISATION_FIELD_LABELS,
  type OrganisationValues,
  validateOrganisation,
} from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import { LocalizedTextInput, VisibilityEnum } from '../../graphql/common.js';
import { countReferrers, deleteBlockers, type Referrer } from '../../records/in-use.js';
import {
  decodeIdList,
  decodeOptionalId,
  defineRecordMutations,
  recordInputs,
} from '../../records/record-mutations.js';
import {
  missingIds,
  parentChain,
  type RecordWriteSpec,
  type StoreIssue,
} from '../../records/record-writes.js';
import { Source } from '../sources/ref.js';
import { Organisation, type OrganisationEntity } from './organisation.entity.js';
import { OrganisationKindEnum } from './organisation.graphql.js';
import { OrganisationRef } from './organisation.ref.js';
import {
  organisationColumns,
  organisationRepository,
  organisationValues,
} from './organisation.repository.js';

/** A parent must exist and must not be the organisation itself or one of the bodies under it. */
async function parentIssues(
  em: EntityManager,
  id: string | null,
  values: OrganisationValues,
): Promise<StoreIssue[]> {
  if (!values.parentId) return [];
  if (!(await organisationRepository.exists(em, values.parentId)))
    return [{ field: 'parentId', code: 'NOT_FOUND' }];
  const chain = await parentChain(em, Organisation, values.parentId, id);
  const issue = checkOrganisationParent(id, values.parentId, (o) => (o === id ? undefined : chain.get(o)));
  return issue ? [{ field: issue.field, code: issue.code, params: issue.params }] : [];
}

/**
 * What still refers to an organisation, by the type a reader would look for. Links cascade in the
 * schema only from their owner's side: an organisation in use must be unlinked first, on purpose.
 */
const ORGANISATION_REFERRERS: readonly Referrer[] = [
  { as: 'Program', entity: 'ProgramOrganisation', property: 'organisation' },
  { as: 'Zone', entity: 'ZoneOrganisation', property: 'organisation' },
  { as: 'Facility', entity: 'FacilityOrganisation', property: 'organisation' },
  { as: 'Facility', entity: 'Facility', property: 'operator' },
  { as: 'Indicator', entity: 'Indicator', property: 'subjectOrganisation' },
];

export const organisationWrites: RecordWriteSpec<OrganisationEntity, OrganisationValues> = {
  typename: 'Organisation',
  entity: Organisation,
  labels: ORGANISATION_FIELD_LABELS,
  populate: ['sources'],
  validate: validateOrganisation,
  toValues: organisationValues,
  apply: (em, organisation, values) =>
    organisation
      ? em.assign(organisation, organisationColumns(values, em))
      : em.create(Organisation, organisationColumns(values, em)),
  storeIssues: async (em, id, values) => [
    ...(await parentIssues(em, id, values)),
    ...(await missingIds(em, Source, values.sourceIds, 'sourceIds')),
  ],
  async deleteBlockers(em, organisation) {
    const children = await organisationRepository.countChildren(em, organisation.id);
    return deleteBlockers(children, await countReferrers(em, ORGANISATION_REFERRERS, organisation.id));
  },
};

const { createInput: CreateOrganisationInput, updateInput: UpdateOrganisationInput } = recordInputs(
  'Organisation',
  {
    updateDescription: 'Fields left out are kept; a field sent as null is cleared.',
    fields: (t) => ({
      code: t.string({ required: true, description: 'UPPER-KEBAB, unique, e.g. GWANGJU-CITY.' }),
      name: t.field({ type: LocalizedTextInput, required: true }),
      description: t.field({ type: LocalizedTextInput }),
      kind: t.field({ type: OrganisationKindEnum, required: true }),
      parentId: t.id({ description: 'The organisation this one belongs to.' }),
      visibility: t.field({ type: VisibilityEnum }),
      sourceIds: t.idList({ description: 'Ids of the sources the facts come from.' }),
    }),
  },
);

defineRecordMutations({
  typename: 'Organisation',
  names: { create: 'createOrganisation', update: 'updateOrganisation', delete: 'deleteOrganisation' },
  ref: OrganisationRef,
  spec: organisationWrites,
  createInput: CreateOrganisationInput,
  updateInput: UpdateOrganisationInput,
  toDomain: (input) => {
    const parentId = decodeOptionalId(input.parentId, 'Organisation', 'parentId');
    const sourceIds = decodeIdList(input.sourceIds, 'Source', 'sourceIds');
    return {
      ...input,
      ...(parentId === undefined ? {} : { parentId }),
      ...(sourceIds === undefined ? {} : { sourceIds }),
    };
  },
});
