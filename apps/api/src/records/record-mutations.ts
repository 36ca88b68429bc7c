import {
  type InputFieldBuilder,
  type InputFieldMap,
  InputFieldRef,
  type InputObjectRef,
  type ObjectRef,
} from '@pothos/core';
import { builder, type SchemaTypes } from '../graphql/builder.js';
import { decodeId, UserErrorRef } from '../graphql/common.js';
import type { UserError } from '../graphql/errors.js';
import { createRecord, deleteRecord, type RecordWriteSpec, updateRecord } from './record-writes.js';

/** What every update input has beside the record's fields. */
type UpdateShape = { id: string | number; version?: number | null };

export interface RecordMutationOptions<
  R extends object,
  E extends R & { id: string; version: number },
  V extends object,
> {
  /** GraphQL type name, e.g. `Zone`: the payloads are CreateZonePayload, UpdateZonePayload, DeleteZonePayload. */
  typename: string;
  /**
   * The three mutations by name (`createZone`, `updateZone`, `deleteZone`), written out so that
   * searching the code for a mutation finds where it is defined; each must be the verb and the typename.
   */
  names: { create: string; update: string; delete: string };
  /** The record's object or node ref (what the payload's field returns; a loadable node also takes an id). */
  ref: ObjectRef<SchemaTypes, R | string>;
  spec: RecordWriteSpec<E, V>;
  /** Input object types, from `recordInputs`; the update input has `id` and `version` beside the patch fields. */
  createInput: InputObjectRef<SchemaTypes, object>;
  updateInput: InputObjectRef<SchemaTypes, UpdateShape>;
  /** Turns GraphQL input (global ids) into the domain's raw input (store ids). */
  toDomain: (input: Record<string, unknown>) => Record<string, unknown>;
}

const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

/** What every update and delete input says of `version`. */
export const VERSION_DESCRIPTION = 'The version you read; if someone saved since, you get STALE_VERSION.';

/**
 * `CreateXInput` and `UpdateXInput` from one list of fields: the update input has `id` and `version`
 * and the same fields, each optional, with the same wording unless `updateDescriptions` says
 * otherwise (a field left out is kept; one sent as null is cleared).
 */
export function recordInputs<Fields extends InputFieldMap>(
  typename: string,
  options: {
    createDescription?: string;
    updateDescription: string;
    /** Where a field means something else in an update: its wording there (null: none). */
    updateDescriptions?: Readonly<Record<string, string | null>>;
    fields: (t: InputFieldBuilder<SchemaTypes, 'InputObject'>) => Fields;
  },
) {
  const createInput = builder.inputType(`Create${typename}Input`, {
    ...(options.createDescription ? { description: options.createDescription } : {}),
    fields: options.fields,
  });
  const updateInput = builder.inputType(`Update${typename}Input`, {
    description: options.updateDescription,
    fields: (t) => {
      const fields = options.fields(t);
      for (const [name, field] of Object.entries(fields)) {
        if (!(field instanceof InputFieldRef)) continue;
        const wording = options.updateDescriptions?.[name];
        field.updateConfig((config) => ({
          ...config,
          ...(wording === undefined ? {} : { description: wording ?? undefined }),
          type: { ...config.type, required: false },
        }));
      }
      return {
        id: t.id({ required: true }),
        version: t.int({ description: VERSION_DESCRIPTION }),
        ...fields,
      };
    },
  });
  return { createInput, updateInput };
}

interface Written<R> {
  record: R | null;
  userErrors: UserError[];
}

/**
 * createX / updateX / deleteX for one kind of record, with `XPayload { x, userErrors }` and
 * `DeleteXPayload { deletedId, userErrors }` — the same shape for every entity.
 */
export function defineRecordMutations<
  R extends object,
  E extends R & { id: string; version: number },
  V extends object,
>(options: RecordMutationOptions<R, E, V>) {
  const { typename, names, spec, ref, toDomain } = options;
  for (const [verb, name] of Object.entries(names)) {
    if (name !== `${verb}${typename}`) throw new Error(`${name} should be named ${verb}${typename}`);
  }
  const field = lowerFirst(typename);
  const payload = (prefix: string) =>
    builder.objectRef<Written<R>>(`${prefix}${typename}Payload`).implement({
      fields: (t) => ({
        [field]: t.expose('record', { type: ref, nullable: true }),
        userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
      }),
    });
  const deleteInput = builder.inputType(`Delete${typename}Input`, {
    fields: (t) => ({
      id: t.id({ required: true }),
      version: t.int({ description: VERSION_DESCRIPTION }),
    }),
  });
  const deletePayload = builder
    .objectRef<{ deletedId: string | null; userErrors: UserError[] }>(`Delete${typename}Payload`)
    .implement({
      fields: (t) => ({
        deletedId: t.exposeID('deletedId', { nullable: true }),
        userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
      }),
    });

  builder.mutationFields((t) => ({
    [names.create]: t.field({
      type: payload('Create'),
      args: { input: t.arg({ type: options.createInput, required: true }) },
      resolve: (_, args, ctx): Promise<Written<R>> => createRecord(spec, ctx, toDomain({ ...args.input })),
    }),
    [names.update]: t.field({
      type: payload('Update'),
      args: { input: t.arg({ type: options.updateInput, required: true }) },
      resolve: (_, args, ctx): Promise<Written<R>> => {
        const { id, version, ...patch } = args.input;
        return updateRecord(spec, ctx, decodeId(id, typename), version, toDomain(patch));
      },
    }),
    [names.delete]: t.field({
      type: deletePayload,
      args: { input: t.arg({ type: deleteInput, required: true }) },
      resolve: async (_, { input }, ctx) => {
        const result = await deleteRecord(spec, ctx, decodeId(input.id, typename), input.version);
        return { deletedId: result.deleted ? String(input.id) : null, userErrors: result.userErrors };
      },
    }),
  }));
}

/** Decodes a global id field of an input if present; null stays null (clears), absent stays absent. */
export function decodeOptionalId(value: unknown, typename: string, field: string): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return decodeId(value as string, typename, field);
}

/** Decodes a list of global ids (absent stays absent). */
export function decodeIdList(value: unknown, typename: string, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  return (value as string[]).map((id, i) => decodeId(id, typename, `${field}.${i}`));
}
