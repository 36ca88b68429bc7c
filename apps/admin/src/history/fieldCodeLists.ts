import { type CodeList, OrganisationRole, Visibility } from '@bitgoeul/domain';
import { RESOURCES } from '../dataProvider/registry';

type Lists = Readonly<Record<string, CodeList<string>>>;

/** Each resource's code-list fields, as its definition (dataProvider/resources/) names them. */
export const FIELD_CODE_LISTS: Readonly<Record<string, Lists>> = Object.fromEntries(
  RESOURCES.map((resource) => [resource.name, resource.codeLists ?? {}]),
);

/** Fields every record has, whatever its resource (links to organisations are recorded on programs, zones, facilities). */
const COMMON: Lists = { visibility: Visibility, 'organisations.role': OrganisationRole };

export function codeListFor(resource: string | undefined, field: string): CodeList<string> | undefined {
  return (resource ? FIELD_CODE_LISTS[resource]?.[field] : undefined) ?? COMMON[field];
}
