import type { CodeList } from '@bitgoeul/domain';
import type { FilterRule } from './filterRules';

/**
 * One react-admin resource over one GraphQL type: what to select, what a person may write, how the
 * list's filters and sorts map onto the API's, and which `{ id }` relations become `xId` / `xIds` fields.
 * Everything the data provider does is derived from this, so a resource is a declarative entry.
 */
export interface ResourceDefinition {
  /** The react-admin resource name, plural: `programs`. */
  name: string;
  /** The GraphQL object type: `Program` (gives `ProgramFilter`, `createProgram`, `CreateProgramInput`, …). */
  typeName: string;
  /** For messages to developers: "Programs cannot be sorted by …". */
  plural: string;
  /**
   * Which recorded fields hold a code of which domain code list, by the audit's dotted paths, so that a
   * history entry reads "상태: 계획 → 추진 중" instead of "PLANNED → IMPLEMENTATION".
   */
  codeLists?: Readonly<Record<string, CodeList<string>>>;
  /** The connection query (default: lower-cased name, `programs`). */
  listField?: string;
  /** The single fetch (default: lower-cased type name, `program`). */
  oneField?: string;
  /** The GraphQL selection of a record, without the relations listed in `references`/`referenceLists`. */
  selection: string;
  /** The fields a person writes, as the create/update inputs name them (`parentId`, not `parent`). */
  inputFields: readonly string[];
  /** Inputs that are `LocalizedTextInput`: a half-given value is completed from the stored one. */
  localized?: readonly string[];
  /** Record field → the node's single relation selected as `{ id }`: `{ parentId: 'parent' }`. */
  references?: Readonly<Record<string, string>>;
  /** Record field → the node's list relation selected as `[{ id }]`: `{ sourceIds: 'sources' }`. */
  referenceLists?: Readonly<Record<string, string>>;
  /** react-admin sort field → the API's `XOrderField`. */
  orderFields: Readonly<Record<string, string>>;
  /** react-admin filter key → how it becomes part of `XFilter`; `getManyReference` targets are keys here. */
  filters: Readonly<Record<string, FilterRule>>;
  /** Which writes the API has for this type; all three unless said otherwise. */
  mutations?: { create?: boolean; update?: boolean; delete?: boolean };
  /** The fields an update may send, when fewer than the create's (an account's email is set once). */
  updateFields?: readonly string[];
  /** Whether the API has a single fetch (`program(id:)`); the audit log has none. */
  single?: boolean;
  /**
   * How getMany reads records by id: through the connection's `id: { in }` filter (default), or, for a
   * type whose filter has no id (accounts), through the single fetch, aliased, in one request.
   */
  manyBy?: 'idFilter' | 'single';
  /** After the generic mapping, for what a declarative entry cannot say (a derived field). */
  mapRecord?: (record: Record<string, unknown>) => Record<string, unknown>;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export interface ResolvedResource extends Required<Omit<ResourceDefinition, 'mapRecord'>> {
  mapRecord?: ResourceDefinition['mapRecord'];
  /** The field the payload of create/update carries the record in: `program`. */
  payloadField: string;
}

export function resolveResource(definition: ResourceDefinition): ResolvedResource {
  return {
    listField: definition.name,
    oneField: lowerFirst(definition.typeName),
    codeLists: {},
    localized: [],
    references: {},
    referenceLists: {},
    single: true,
    manyBy: 'idFilter',
    ...definition,
    updateFields: definition.updateFields ?? definition.inputFields,
    mutations: { create: true, update: true, delete: true, ...definition.mutations },
    payloadField: lowerFirst(definition.typeName),
  };
}
