import type { ObjectRef } from '@pothos/core';
import { builder } from '../graphql/builder.js';
import { decodeId, UserErrorRef } from '../graphql/common.js';
import type { UserError } from '../graphql/errors.js';
import { createRecord, deleteRecord, type RecordKit, updateRecord } from './record-writes.js';

type Kit = RecordKit<{ id: string; version: number; code: string }, { code: string }>;

export interface RecordMutationOptions<E extends { id: string; version: number }, V extends object> {
  /** GraphQL type name, e.g. `Zone`: gives createZone, updateZone, deleteZone and their payloads. */
  name: string;
  /** The record's object or node ref (what the payload's field returns). */
  ref: object;
  kit: RecordKit<E, V>;
  /** Input object types; the update input has `id` and `version` beside the patch fields. */
  createInput: object;
  updateInput: object;
  /** Turns GraphQL input (global ids) into the domain's raw input (store ids). */
  toDomain: (input: Record<string, unknown>) => Record<string, unknown>;
}

const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

/**
 * createX / updateX / deleteX for one kind of record, with `XPayload { x, userErrors }` and
 * `DeleteXPayload { deletedId, userErrors }` — the same shape for every entity.
 */
export function defineRecordMutations<E extends { id: string; version: number }, V extends object>(
  options: RecordMutationOptions<E, V>,
) {
  const { name } = options;
  const field = lowerFirst(name);
  const kit = options.kit as unknown as Kit;
  const ref = options.ref as unknown as ObjectRef<never, unknown>;
  const payload = (prefix: string) =>
    builder.objectRef<{ record: unknown; userErrors: UserError[] }>(`${prefix}${name}Payload`).implement({
      fields: (t) => ({
        [field]: t.field({ type: ref as never, nullable: true, resolve: (p) => p.record as never }),
        userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
      }),
    });
  const deleteInput = builder.inputType(`Delete${name}Input`, {
    fields: (t) => ({
      id: t.id({ required: true }),
      version: t.int({ description: 'The version you read; if someone saved since, you get STALE_VERSION.' }),
    }),
  });
  const deletePayload = builder
    .objectRef<{ deletedId: string | null; userErrors: UserError[] }>(`Delete${name}Payload`)
    .implement({
      fields: (t) => ({
        deletedId: t.exposeID('deletedId', { nullable: true }),
        userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
      }),
    });

  builder.mutationFields((t) => ({
    [`create${name}`]: t.field({
      type: payload('Create'),
      args: { input: t.arg({ type: options.createInput as never, required: true }) },
      resolve: (_, args, ctx) =>
        createRecord(kit, ctx, options.toDomain(args.input as Record<string, unknown>)),
    }),
    [`update${name}`]: t.field({
      type: payload('Update'),
      args: { input: t.arg({ type: options.updateInput as never, required: true }) },
      resolve: (_, args, ctx) => {
        const { id, version, ...patch } = args.input as { id: string; version?: number | null } & Record<
          string,
          unknown
        >;
        return updateRecord(kit, ctx, decodeId(id, name), version, options.toDomain(patch));
      },
    }),
    [`delete${name}`]: t.field({
      type: deletePayload,
      args: { input: t.arg({ type: deleteInput, required: true }) },
      resolve: async (_, { input }, ctx) => {
        const result = await deleteRecord(kit, ctx, decodeId(input.id, name), input.version);
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
