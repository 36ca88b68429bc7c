import {
  checkParent,
  type Locale,
  PROGRAM_FIELD_LABELS,
  type ProgramValues,
  type ValidationIssue,
  validateProgram,
  validateProgramPatch,
} from '@bitgoeul/domain';
import { type EntityManager, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { builder } from '../../graphql/builder.js';
import { decodeId, LocalizedTextInput, UserErrorRef } from '../../graphql/common.js';
import { type UserError, type UserErrorCode, userError } from '../../graphql/errors.js';
import { Program, type ProgramEntity } from './program.entity.js';
import { ProgramAreaEnum, ProgramRef, ProgramStatusEnum } from './program.graphql.js';
import { programColumns, programRepository, programValues } from './program.repository.js';

type StoreIssue = { field: string; code: UserErrorCode; params?: Record<string, string | number> };
const LABELS = {
  ...PROGRAM_FIELD_LABELS,
  id: { ko: '사업 ID', en: 'Program id' },
  version: { ko: '버전', en: 'Version' },
};

const refuse = (issues: (ValidationIssue | StoreIssue)[], locale: Locale) => ({
  program: null,
  userErrors: issues.map((issue) => userError(issue, locale, LABELS)),
});

/** What only the stored data can tell: a code in use, a parent that is missing or would close a loop. */
async function storeIssues(
  em: EntityManager,
  id: string | null,
  values: ProgramValues,
): Promise<StoreIssue[]> {
  const issues: StoreIssue[] = [];
  if (await programRepository.codeTaken(em, values.code, id)) {
    issues.push({ field: 'code', code: 'DUPLICATE', params: { value: values.code } });
  }
  if (values.parentId) {
    if (!(await programRepository.exists(em, values.parentId))) {
      issues.push({ field: 'parentId', code: 'NOT_FOUND' });
    } else {
      const chain = await programRepository.parentChain(em, values.parentId, id);
      const check = checkParent(id, values.parentId, (p) => (p === id ? undefined : chain.get(p)));
      if (!check.ok) issues.push({ field: 'parentId', code: check.reason });
    }
  }
  return issues;
}

const CreateProgramInput = builder.inputType('CreateProgramInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: 'UPPER-KEBAB, unique, e.g. GWANGJU-TYPE-JOBS.' }),
    name: t.field({ type: LocalizedTextInput, required: true }),
    summary: t.field({ type: LocalizedTextInput, required: true }),
    area: t.field({ type: ProgramAreaEnum, required: true }),
    status: t.field({ type: ProgramStatusEnum, required: true }),
    plannedStart: t.field({ type: 'Date' }),
    plannedEnd: t.field({ type: 'Date' }),
    actualStart: t.field({ type: 'Date' }),
    actualEnd: t.field({ type: 'Date' }),
    parentId: t.id({ description: 'The program this one is part of.' }),
    progress: t.float({ description: '0–100 %.' }),
  }),
});

const UpdateProgramInput = builder.inputType('UpdateProgramInput', {
  description: 'Fields left out are kept; a field sent as null is cleared.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ description: 'The version you read; if someone saved since, you get STALE_VERSION.' }),
    code: t.string(),
    name: t.field({ type: LocalizedTextInput }),
    summary: t.field({ type: LocalizedTextInput }),
    area: t.field({ type: ProgramAreaEnum }),
    status: t.field({ type: ProgramStatusEnum }),
    plannedStart: t.field({ type: 'Date' }),
    plannedEnd: t.field({ type: 'Date' }),
    actualStart: t.field({ type: 'Date' }),
    actualEnd: t.field({ type: 'Date' }),
    parentId: t.id(),
    progress: t.float(),
  }),
});

const DeleteProgramInput = builder.inputType('DeleteProgramInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ description: 'The version you read; if someone saved since, you get STALE_VERSION.' }),
  }),
});

const ProgramPayload = (name: string) =>
  builder.objectRef<{ program: ProgramEntity | null; userErrors: UserError[] }>(name).implement({
    fields: (t) => ({
      program: t.field({ type: ProgramRef, nullable: true, resolve: (p) => p.program }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });

const DeleteProgramPayload = builder
  .objectRef<{ deletedId: string | null; userErrors: UserError[] }>('DeleteProgramPayload')
  .implement({
    fields: (t) => ({
      deletedId: t.exposeID('deletedId', { nullable: true }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });

/** A field left out of an update is kept: drop absent keys so they cannot overwrite stored values. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function parentIdOf(value: string | number | null | undefined) {
  if (value === undefined) return undefined;
  return value === null ? null : decodeId(value, 'Program', 'parentId');
}

/** Turns a lost race (same code, or a concurrent save) into the same userErrors a sequential caller would see. */
function raceIssue(error: unknown, values: { code?: string }, current?: number): StoreIssue | null {
  if (error instanceof UniqueConstraintViolationException) {
    return { field: 'code', code: 'DUPLICATE', params: { value: values.code ?? '' } };
  }
  if (error instanceof OptimisticLockError)
    return { field: 'version', code: 'STALE_VERSION', params: { current: current ?? '?' } };
  return null;
}

builder.mutationFields((t) => ({
  createProgram: t.field({
    type: ProgramPayload('CreateProgramPayload'),
    args: { input: t.arg({ type: CreateProgramInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const checked = validateProgram({ ...input, parentId: parentIdOf(input.parentId) });
      if (!checked.ok) return refuse(checked.issues, ctx.locale);
      const values = checked.value;
      try {
        return await ctx.em.transactional(async (em) => {
          const issues = await storeIssues(em, null, values);
          if (issues.length) return refuse(issues, ctx.locale);
          const program = em.create(Program, programColumns(values, em));
          await em.flush();
          return { program, userErrors: [] };
        });
      } catch (error) {
        const issue = raceIssue(error, values);
        if (issue) return refuse([issue], ctx.locale);
        throw error;
      }
    },
  }),

  updateProgram: t.field({
    type: ProgramPayload('UpdateProgramPayload'),
    args: { input: t.arg({ type: UpdateProgramInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const { id: globalId, version, ...patch } = input;
      const id = decodeId(globalId, 'Program');
      const patchCheck = validateProgramPatch(
        definedOnly({ ...patch, parentId: parentIdOf(patch.parentId) }),
      );
      if (!patchCheck.ok) return refuse(patchCheck.issues, ctx.locale);
      try {
        return await ctx.em.transactional(async (em) => {
          const program = await em.findOne(Program, { id });
          if (!program) return refuse([{ field: 'id', code: 'NOT_FOUND' }], ctx.locale);
          if (version != null && version !== program.version) {
            return refuse(
              [{ field: 'version', code: 'STALE_VERSION', params: { current: program.version } }],
              ctx.locale,
            );
          }
          // Validate the record as it would be after the change, so rules across fields hold (end ≥ start).
          const merged = validateProgram({ ...programValues(program), ...definedOnly(patchCheck.value) });
          if (!merged.ok) return refuse(merged.issues, ctx.locale);
          const issues = await storeIssues(em, id, merged.value);
          if (issues.length) return refuse(issues, ctx.locale);
          em.assign(program, programColumns(merged.value, em));
          await em.flush();
          return { program, userErrors: [] };
        });
      } catch (error) {
        const current = await ctx.em.fork().findOne(Program, { id }, { fields: ['version'] });
        const issue = raceIssue(error, { code: patch.code ?? undefined }, current?.version);
        if (issue) return refuse([issue], ctx.locale);
        throw error;
      }
    },
  }),

  deleteProgram: t.field({
    type: DeleteProgramPayload,
    args: { input: t.arg({ type: DeleteProgramInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const id = decodeId(input.id, 'Program');
      const refused = (issue: StoreIssue) => ({
        deletedId: null,
        userErrors: [userError(issue, ctx.locale, LABELS)],
      });
      return ctx.em.transactional(async (em) => {
        const program = await em.findOne(Program, { id });
        if (!program) return refused({ field: 'id', code: 'NOT_FOUND' });
        const children = await programRepository.countChildren(em, id);
        if (children > 0) return refused({ field: 'id', code: 'HAS_CHILDREN', params: { count: children } });
        // The version condition in the DELETE itself makes a concurrent save lose cleanly.
        const deleted = await em.nativeDelete(Program, version(input.version, id));
        if (deleted === 0) {
          return refused({ field: 'version', code: 'STALE_VERSION', params: { current: program.version } });
        }
        return { deletedId: String(input.id), userErrors: [] };
      });
    },
  }),
}));

function version(expected: number | null | undefined, id: string) {
  return expected == null ? { id } : { id, version: expected };
}
