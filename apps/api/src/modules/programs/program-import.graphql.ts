import { builder } from '../../graphql/builder.js';
import { decodeOptionalId } from '../../records/record-mutations.js';
import type { ImportResult } from '../imports/ref.js';
import {
  fileDescription,
  ImportRowErrorRef,
  ROWS_DESCRIPTION,
  SOURCE_ID_DESCRIPTION,
} from '../imports/ref.js';
import { importPrograms } from './program-import.service.js';

const dateText = (which: string) =>
  `${which}, YYYY-MM-DD; a day that does not exist (2021-13-01, 2021-02-30) is refused.`;

const ProgramImportRowInput = builder.inputType('ProgramImportRowInput', {
  description:
    'One row of a sheet of programs, each cell as text. The parent and the sources are named by their codes, as a sheet does.',
  fields: (t) => ({
    row: t.int({ required: true, description: "The sheet's own row number, so that errors point at it." }),
    code: t.string({ required: true, description: 'UPPER-KEBAB, unique, e.g. GWANGJU-TYPE-JOBS.' }),
    nameKo: t.string({ required: true, description: 'The name in Korean; required and not blank.' }),
    nameEn: t.string(),
    summaryKo: t.string({ required: true, description: 'The summary in Korean; required and not blank.' }),
    summaryEn: t.string(),
    area: t.string({ required: true, description: 'A ProgramArea code, e.g. JOBS_MOBILITY.' }),
    status: t.string({ required: true, description: 'A ProgramStatus code, e.g. IMPLEMENTATION.' }),
    plannedStart: t.string({ description: dateText('Planned start') }),
    plannedEnd: t.string({ description: dateText('Planned end') }),
    actualStart: t.string({ description: dateText('Actual start') }),
    actualEnd: t.string({ description: dateText('Actual end') }),
    parentCode: t.string({
      description: 'The code of the program this one is part of: one on record, or another row of the sheet.',
    }),
    sourceCodes: t.string({
      description:
        'Codes of the sources the facts come from, separated by commas or semicolons; blank: the source given for the whole sheet (sourceId).',
    }),
    progress: t.string({ description: 'Share of the work done, decimal text 0–100 (45, 45.5 or 45.5%).' }),
  }),
});

const ImportProgramsInput = builder.inputType('ImportProgramsInput', {
  fields: (t) => ({
    rows: t.field({
      type: [ProgramImportRowInput],
      description: ROWS_DESCRIPTION,
    }),
    file: t.field({ type: 'File', description: fileDescription('code, nameKo, summaryKo, area, status, …') }),
    sourceId: t.id({ description: SOURCE_ID_DESCRIPTION }),
    dryRun: t.boolean({ required: true, description: 'Check every row and write nothing.' }),
  }),
});

const ImportProgramsPayload = builder.objectRef<ImportResult>('ImportProgramsPayload').implement({
  fields: (t) => ({
    imported: t.exposeInt('imported', {
      description: 'Programs created: all of the rows, or 0 on a dry run or when any row is refused.',
    }),
    rowErrors: t.field({
      type: [ImportRowErrorRef],
      description: 'Every refusal of every row, in row order; empty when the sheet can be (or was) written.',
      resolve: (p) => p.rowErrors,
    }),
  }),
});

builder.mutationFields((t) => ({
  importPrograms: t.field({
    type: ImportProgramsPayload,
    description:
      'Imports a sheet of programs all or nothing: every row is checked like createProgram (the same validation, a code not yet in use, a parent and sources that exist, no cycle), a code may appear once, and a parent may be another row of the sheet. Only a sheet without a single error is written, in one transaction, parents before their children.',
    args: { input: t.arg({ type: ImportProgramsInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      importPrograms(ctx, { ...input, sourceId: decodeOptionalId(input.sourceId, 'Source', 'sourceId') }),
  }),
}));
