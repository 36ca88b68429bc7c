import type { Locale } from '@bitgoeul/domain';
import { useGetManyAggregate } from 'react-admin';
import { globalIdOf } from '../dataProvider/globalId';
import { RESOURCES } from '../dataProvider/registry';
import { nameIn } from '../i18n/names';
import type { FieldChange } from './diff';

/** Fields of a snapshot that hold another record's store id, and that record's GraphQL type. */
const REFERENCE_TYPES: Readonly<Record<string, string>> = {
  zoneId: 'Zone',
  operatorId: 'Organisation',
  organisationId: 'Organisation',
  programId: 'Program',
  facilityId: 'Facility',
  indicatorId: 'Indicator',
  sourceId: 'Source',
  sourceIds: 'Source',
};

/** A parent is a record of the same kind: a program's parent is a program, a zone's a zone. */
const PARENT_TYPES: Readonly<Record<string, string>> = {
  programs: 'Program',
  zones: 'Zone',
  organisations: 'Organisation',
};

const STORE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The GraphQL type a changed field refers to, if it holds a reference (the last path segment decides). */
export function referenceType(resource: string | undefined, field: string): string | undefined {
  const key = field.split('.').at(-1) ?? field;
  if (key === 'parentId') return resource ? PARENT_TYPES[resource] : undefined;
  return REFERENCE_TYPES[key];
}

/** Every store id the changes refer to, by the admin resource that shows their records. */
export function referencedIds(
  resource: string | undefined,
  changes: readonly FieldChange[],
): Map<string, Set<string>> {
  const byResource = new Map<string, Set<string>>();
  for (const change of changes) {
    const type = referenceType(resource, change.field);
    const target = type && RESOURCES.find((r) => r.typeName === type)?.name;
    if (!target) continue;
    for (const value of [change.before, change.after].flat()) {
      if (typeof value !== 'string' || !STORE_ID.test(value)) continue;
      const ids = byResource.get(target) ?? new Set<string>();
      ids.add(value);
      byResource.set(target, ids);
    }
  }
  return byResource;
}

type NamedRecord = { id: string; code?: string; name?: { ko: string; en?: string | null }; title?: string };

const labelOf = (record: NamedRecord, locale: Locale) =>
  record.name ? nameIn(record.name, locale) : (record.title ?? record.code ?? record.id);

/** The resources whose records a change can name (one hook each, so the hooks' order never changes). */
const REFERENCED_RESOURCES = [
  ...new Set(
    [...Object.values(REFERENCE_TYPES), ...Object.values(PARENT_TYPES)]
      .map((type) => RESOURCES.find((r) => r.typeName === type)?.name)
      .filter((name): name is string => Boolean(name)),
  ),
];

const NO_IDS: string[] = [];

function useNamesOf(resource: string, storeIds: string[] | undefined, locale: Locale) {
  const typeName = RESOURCES.find((r) => r.name === resource)?.typeName ?? '';
  const ids = storeIds?.map((id) => globalIdOf(typeName, id)) ?? NO_IDS;
  // Aggregated: every history entry on the page asks in one request per resource.
  const { data } = useGetManyAggregate<NamedRecord & { id: string }>(
    resource,
    { ids },
    { enabled: ids.length > 0 },
  );
  const names = new Map<string, string>();
  for (const record of data ?? []) {
    const storeId = storeIds?.find((id) => globalIdOf(typeName, id) === record.id);
    if (storeId) names.set(storeId, labelOf(record, locale));
  }
  return names;
}

/**
 * A reader for `describeChanges`: the name of the record a reference field holds (a parent program by its
 * name, not its uuid), in the panel's language, once the names have arrived; until then, or for a record
 * no longer there, undefined (the value is shown as recorded).
 */
export function useReferenceNames(
  resource: string | undefined,
  changes: readonly FieldChange[],
  locale: Locale,
): (field: string, value: string) => string | undefined {
  const wanted = referencedIds(resource, changes);
  const names = new Map<string, string>();
  for (const target of REFERENCED_RESOURCES) {
    // biome-ignore lint/correctness/useHookAtTopLevel: a fixed list, the same hooks in the same order on every render
    for (const [id, name] of useNamesOf(
      target,
      wanted.has(target) ? [...wanted.get(target)!] : undefined,
      locale,
    ))
      names.set(id, name);
  }
  return (field, value) => (referenceType(resource, field) ? names.get(value) : undefined);
}
