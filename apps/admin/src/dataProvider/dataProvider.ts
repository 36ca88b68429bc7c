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
import { createGraphqlClient, type GraphqlClientOptions, type GraphqlRequest } from './graphqlClient';
import {
  CREATE_PROGRAM_MUTATION,
  DELETE_PROGRAM_MUTATION,
  deleteProgramsMutation,
  PROGRAM_QUERY,
  PROGRAMS_QUERY,
  UPDATE_PROGRAM_MUTATION,
} from './programDocuments';
import {
  type ProgramNode,
  toCreateInput,
  toFilter,
  toOrderBy,
  toRecord,
  toUpdateInput,
  type UserError,
  userErrorsToHttpError,
} from './programMapping';
import type { ProgramRecord } from './programRecord';

/** The API caps a page at 100 programs. */
const MAX_PAGE = 100;

interface Connection {
  totalCount: number;
  nodes: ProgramNode[];
}

interface Payload {
  program: ProgramNode | null;
  userErrors: UserError[];
}

interface DeletePayload {
  deletedId: string | null;
  userErrors: UserError[];
}

function programsApi(request: GraphqlRequest) {
  const list = async (
    params: Pick<GetListParams, 'pagination' | 'sort' | 'filter'>,
    extraFilter: Record<string, unknown> = {},
  ) => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const variables = {
      filter: toFilter({ ...params.filter, ...extraFilter }),
      orderBy: toOrderBy(params.sort),
    };
    const readWindow = (offset: number, first: number) =>
      request<{ programs: Connection }>(PROGRAMS_QUERY, { first, offset, ...variables }).then(
        (r) => r.programs,
      );
    // The API serves at most 100 a request; react-admin asks for more when it exports (1000). Such a page is
    // read in windows of 100, the rest only once the first answer says how many there are.
    const start = (page - 1) * perPage;
    const first = await readWindow(start, Math.min(perPage, MAX_PAGE));
    const end = Math.min(start + perPage, first.totalCount);
    const rest: Promise<Connection>[] = [];
    for (let offset = start + MAX_PAGE; offset < end; offset += MAX_PAGE) {
      rest.push(readWindow(offset, Math.min(MAX_PAGE, end - offset)));
    }
    const nodes = [first, ...(await Promise.all(rest))].flatMap((c) => c.nodes);
    return { data: nodes.map(toRecord), total: first.totalCount };
  };

  const saved = (payload: Payload): { data: ProgramRecord } => {
    if (payload.userErrors.length) throw userErrorsToHttpError(payload.userErrors);
    if (!payload.program) throw new Error('The API saved nothing and reported no error');
    return { data: toRecord(payload.program) };
  };

  return {
    getList: async (params: GetListParams) => list(params),

    getOne: async (params: GetOneParams<ProgramRecord>) => {
      const { program } = await request<{ program: ProgramNode }>(PROGRAM_QUERY, { id: params.id });
      return { data: toRecord(program) };
    },

    getMany: async (params: GetManyParams<ProgramRecord>) => {
      const ids = params.ids.map(String);
      const batches: string[][] = [];
      for (let i = 0; i < ids.length; i += MAX_PAGE) batches.push(ids.slice(i, i + MAX_PAGE));
      const pages = await Promise.all(
        batches.map((batch) =>
          request<{ programs: Connection }>(PROGRAMS_QUERY, {
            first: batch.length,
            filter: { id: { in: batch } },
          }),
        ),
      );
      return { data: pages.flatMap((page) => page.programs.nodes.map(toRecord)) };
    },

    getManyReference: async (params: GetManyReferenceParams) => {
      if (params.target !== 'parentId')
        throw new Error(`Programs cannot be referenced by "${params.target}"`);
      return list(params, { parentId: String(params.id) });
    },

    create: async (params: CreateParams<Partial<ProgramRecord>>) => {
      const { createProgram } = await request<{ createProgram: Payload }>(CREATE_PROGRAM_MUTATION, {
        input: toCreateInput(params.data),
      });
      return saved(createProgram);
    },

    update: async (params: UpdateParams<ProgramRecord>) => {
      const { input, changed } = toUpdateInput(String(params.id), params.data, params.previousData);
      // Saving an untouched form would only bump the version and make other people's forms stale.
      if (changed === 0) return { data: params.previousData };
      const { updateProgram } = await request<{ updateProgram: Payload }>(UPDATE_PROGRAM_MUTATION, { input });
      return saved(updateProgram);
    },

    delete: async (params: DeleteParams<ProgramRecord>) => {
      const { deleteProgram } = await request<{ deleteProgram: DeletePayload }>(DELETE_PROGRAM_MUTATION, {
        input: { id: params.id, version: params.previousData?.version },
      });
      if (deleteProgram.userErrors.length) throw userErrorsToHttpError(deleteProgram.userErrors);
      return { data: params.previousData ?? ({ id: String(params.id) } as ProgramRecord) };
    },

    deleteMany: async (params: DeleteManyParams<ProgramRecord>) => {
      if (params.ids.length === 0) return { data: [] };
      const variables = Object.fromEntries(params.ids.map((id, i) => [`input${i}`, { id }]));
      const results = await request<Record<string, DeletePayload>>(
        deleteProgramsMutation(params.ids.length),
        variables,
      );
      const payloads = Object.values(results);
      const userErrors = payloads.flatMap((p) => p.userErrors);
      if (userErrors.length) throw userErrorsToHttpError(userErrors);
      return { data: payloads.flatMap((p) => (p.deletedId ? [p.deletedId] : [])) };
    },
  };
}

export type ProgramsApi = ReturnType<typeof programsApi>;

/**
 * react-admin's data provider over the API's own GraphQL schema. Only `programs` exists so far; other
 * resources join here as the API grows them.
 */
export function createDataProvider(options: GraphqlClientOptions): DataProvider {
  const programs = programsApi(createGraphqlClient(options));
  const api = (resource: string): ProgramsApi => {
    if (resource !== 'programs') throw new Error(`Unknown resource "${resource}"`);
    return programs;
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
      throw new Error('Programs are updated one at a time');
    },
    delete: async (resource: string, params: DeleteParams) => api(resource).delete(params),
    deleteMany: async (resource: string, params: DeleteManyParams) => api(resource).deleteMany(params),
  };
  // DataProvider's methods are generic in the record type the caller asks for; ours answer with
  // ProgramRecord, which is what every `programs` view asks for. This is the one place that says so.
  return provider as unknown as DataProvider;
}
