import type {
  CreateParams,
  DataProvider,
  DeleteManyParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  UpdateParams,
} from 'react-admin';
import { documentsFor } from './documents';
import { toFilter, toOrderBy } from './filterRules';
import {
  createGraphqlClient,
  createGraphqlUpload,
  type GraphqlClientOptions,
  type GraphqlRequest,
  type GraphqlUpload,
} from './graphqlClient';
import {
  toCreateInput,
  toRecord,
  toUpdateInput,
  type UserError,
  userErrorsToHttpError,
} from './recordMapping';
import { RESOURCES } from './registry';
import { type ResourceDefinition, resolveResource } from './resourceDefinition';

/** The API caps a page at 100 records. */
const MAX_PAGE = 100;

type Node = Record<string, unknown>;
type AnyRecord = Record<string, unknown> & { id: string };

interface Connection {
  totalCount: number;
  nodes: Node[];
}

interface DeletePayload {
  deletedId: string | null;
  userErrors: UserError[];
}

function resourceApi(definition: ResourceDefinition, request: GraphqlRequest) {
  const resource = resolveResource(definition);
  const docs = documentsFor(resource);
  const { plural, listField, oneField, payloadField } = resource;
  const record = (node: Node) => toRecord(resource, node) as AnyRecord;

  const readWindow = (variables: Node) =>
    request<Record<string, Connection>>(docs.list, variables).then((r) => r[listField]!);

  const list = async (
    params: Pick<GetListParams, 'pagination' | 'sort' | 'filter'>,
    extraFilter: Node = {},
  ) => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const variables = {
      filter: toFilter(resource.filters, { ...params.filter, ...extraFilter }, plural),
      orderBy: toOrderBy(resource.orderFields, params.sort, plural),
    };
    // The API serves at most 100 a request; react-admin asks for more when it exports (1000). Such a page is
    // read in windows of 100, the rest only once the first answer says how many there are.
    const start = (page - 1) * perPage;
    const first = await readWindow({ first: Math.min(perPage, MAX_PAGE), offset: start, ...variables });
    const end = Math.min(start + perPage, first.totalCount);
    const rest: Promise<Connection>[] = [];
    for (let offset = start + MAX_PAGE; offset < end; offset += MAX_PAGE) {
      rest.push(readWindow({ first: Math.min(MAX_PAGE, end - offset), offset, ...variables }));
    }
    const nodes = [first, ...(await Promise.all(rest))].flatMap((c) => c.nodes);
    return { data: nodes.map(record), total: first.totalCount };
  };

  const saved = (payload: Node | undefined) => {
    const userErrors = (payload?.userErrors as UserError[] | undefined) ?? [];
    if (userErrors.length) throw userErrorsToHttpError(resource, userErrors);
    const node = payload?.[payloadField] as Node | null | undefined;
    if (!node) throw new Error('The API saved nothing and reported no error');
    return { data: record(node) };
  };

  const refuse = (what: string) => {
    throw new Error(`${plural} cannot be ${what} from the admin`);
  };

  return {
    getList: (params: GetListParams) => list(params),

    getOne: async (params: GetOneParams) => {
      if (!resource.single) throw new Error(`${plural} cannot be read one at a time`);
      const result = await request<Record<string, Node>>(docs.one, { id: params.id });
      return { data: record(result[oneField]!) };
    },

    getMany: async (params: GetManyParams) => {
      const ids = params.ids.map(String);
      if (resource.manyBy === 'single') {
        const unique = [...new Set(ids)];
        if (unique.length === 0) return { data: [] };
        const variables = Object.fromEntries(unique.map((id, i) => [`id${i}`, id]));
        const result = await request<Record<string, Node>>(docs.many(unique.length), variables);
        return { data: unique.map((_, i) => record(result[`r${i}`]!)) };
      }
      const batches: string[][] = [];
      for (let i = 0; i < ids.length; i += MAX_PAGE) batches.push(ids.slice(i, i + MAX_PAGE));
      const pages = await Promise.all(
        batches.map((batch) => readWindow({ first: batch.length, filter: { id: { in: batch } } })),
      );
      return { data: pages.flatMap((page) => page.nodes.map(record)) };
    },

    // The target is one of the resource's filter keys (`parentId`), so a relation is listed by filtering.
    getManyReference: (params: GetManyReferenceParams) => {
      if (!resource.filters[params.target])
        throw new Error(`${plural} cannot be referenced by "${params.target}"`);
      return list(params, { [params.target]: String(params.id) });
    },

    create: async (params: CreateParams) => {
      if (!resource.mutations.create) refuse('created');
      const result = await request<Record<string, Node>>(docs.create, {
        input: toCreateInput(resource, params.data as Node),
      });
      return saved(result[`create${resource.typeName}`]);
    },

    update: async (params: UpdateParams) => {
      if (!resource.mutations.update) refuse('updated');
      const previous = params.previousData as AnyRecord;
      const { input, changed } = toUpdateInput(resource, String(params.id), params.data as Node, previous);
      // Saving an untouched form would only bump the version and make other people's forms stale.
      if (changed === 0) return { data: previous };
      const result = await request<Record<string, Node>>(docs.update, { input });
      return saved(result[`update${resource.typeName}`]);
    },

    delete: async (params: DeleteParams) => {
      if (!resource.mutations.delete) refuse('deleted');
      const result = await request<Record<string, DeletePayload>>(docs.delete, {
        input: { id: params.id, version: params.previousData?.version },
      });
      const payload = result[`delete${resource.typeName}`]!;
      if (payload.userErrors.length) throw userErrorsToHttpError(resource, payload.userErrors);
      return { data: params.previousData ?? { id: String(params.id) } };
    },

    deleteMany: async (params: DeleteManyParams) => {
      if (!resource.mutations.delete) refuse('deleted');
      if (params.ids.length === 0) return { data: [] };
      const variables = Object.fromEntries(params.ids.map((id, i) => [`input${i}`, { id }]));
      const results = await request<Record<string, DeletePayload>>(
        docs.deleteMany(params.ids.length),
        variables,
      );
      const payloads = Object.values(results);
      const userErrors = payloads.flatMap((p) => p.userErrors);
      if (userErrors.length) throw userErrorsToHttpError(resource, userErrors);
      return { data: payloads.flatMap((p) => (p.deletedId ? [p.deletedId] : [])) };
    },
  };
}

type ResourceApi = ReturnType<typeof resourceApi>;

export interface DataProviderOptions extends GraphqlClientOptions {
  /** The resources served; the admin's registry unless a test hands in its own. */
  resources?: readonly ResourceDefinition[];
}

/**
 * react-admin's data provider over the API's own GraphQL schema. What it does for a resource is derived
 * from that resource's definition (dataProvider/resources/), so every resource behaves the same way.
 */
export type GraphqlQuery = <T>(document: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * react-admin's methods and two of ours: `query`, for pages that are not a resource (calculator, map…),
 * and `upload`, for an operation that sends a file (the import pages).
 */
export type BitgoeulDataProvider = DataProvider & { query: GraphqlQuery; upload: GraphqlUpload };

export function createDataProvider(options: DataProviderOptions): BitgoeulDataProvider {
  const request = createGraphqlClient(options);
  const apis = new Map<string, ResourceApi>(
    (options.resources ?? RESOURCES).map((definition) => [definition.name, resourceApi(definition, request)]),
  );
  const api = (resource: string): ResourceApi => {
    const found = apis.get(resource);
    if (!found) throw new Error(`Unknown resource "${resource}"`);
    return found;
  };
  // async, so that an unknown resource rejects like any other failure instead of throwing in render.
  const provider = {
    getList: async (resource: string, params: GetListParams) => api(resource).getList(params),
    getOne: async (resource: string, params: GetOneParams) => api(resource).getOne(params),
    getMany: async (resource: string, params: GetManyParams) => api(resource).getMany(params),
    getManyReference: async (resource: string, params: GetManyReferenceParams) =>
      api(resource).getManyReference(params),
    create: async (resource: string, params: CreateParams) => api(resource).create(params),
    update: async (resource: string, params: UpdateParams) => api(resource).update(params),
    updateMany: async () => {
      throw new Error('Records are updated one at a time');
    },
    delete: async (resource: string, params: DeleteParams) => api(resource).delete(params),
    deleteMany: async (resource: string, params: DeleteManyParams) => api(resource).deleteMany(params),
    query: request,
    upload: createGraphqlUpload(options),
  };
  // DataProvider's methods are generic in the record type the caller asks for; ours answer with the
  // records their resource definition describes. This is the one place that says so.
  return provider as unknown as BitgoeulDataProvider;
}
