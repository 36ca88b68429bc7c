import { builder } from '../../graphql/builder.js';
import { decodeOptionalId } from '../../records/record-mutations.js';
import type { ImportResult } from '../imports/ref.js';
import {
  fileDescription,
  ImportRowErrorRef,
  ROWS_DESCRIPTION,
  SOURCE_ID_DESCRIPTION,
} from '../imports/ref.js';
import { importObservations } from './observation-import.service.js';
import { ObservationStatusEnum } from './statistics.ref.js';

const ObservationImportRowInput = builder.inputType('ObservationImportRowInput', {
  description:
    'One row of a sheet of figures. Indicator and source are named by their codes, as a sheet does; a row without a source code cites the sheet’s sourceId.',
  fields: (t) => ({
    row: t.int({ required: true, description: "The sheet's own row number, so that errors point at it." }),
    indicatorCode: t.string({ required: true }),
    period: t.string({
      required: true,
      description: "Must fit the indicator's frequency: 2021, 2021-Q2, 2021-04, or a span 2021-01/2021-04.",
    }),
    value: t.string({ required: true, description: 'Decimal text: 2769, 2,769 or 7.2 (no exponent).' }),
    status: t.field({ type: ObservationStatusEnum, required: true }),
    sourceCode: t.string({
      description:
        'The code of the document the figure is read from; blank or absent: the source given for the whole sheet (sourceId).',
    }),
    note: t.string(),
  }),
});

const ImportObservationsInput = builder.inputType('ImportObservationsInput', {
  fields: (t) => ({
    rows: t.field({
      type: [ObservationImportRowInput],
      description: ROWS_DESCRIPTION,
    }),
    file: t.field({
      type: 'File',
      description: fileDescription('indicatorCode, period, value, status, sourceCode, note'),
    }),
    sourceId: t.id({ description: SOURCE_ID_DESCRIPTION }),
    dryRun: t.boolean({ required: true, description: 'Check every row and write nothing.' }),
  }),
});

const ImportObservationsPayload = builder.objectRef<ImportResult>('ImportObservationsPayload').implement({
  fields: (t) => ({
    imported: t.exposeInt('imported', {
      description: 'Rows written: all of them, or 0 on a dry run or when any row is refused.',
    }),
    rowErrors: t.field({
      type: [ImportRowErrorRef],
      description: 'Every refusal of every row, in row order; empty when the sheet can be (or was) written.',
      resolve: (p) => p.rowErrors,
    }),
  }),
});

builder.mutationFields((t) => ({
  importObservations: t.field({
    type: ImportObservationsPayload,
    description:
      'Imports a sheet of figures all or nothing: every row is checked like recordObservation (known codes, a period that fits the frequency, a decimal value, no second current figure for a period, no row twice), and only a sheet without a single error is written, in one transaction.',
    args: { input: t.arg({ type: ImportObservationsInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      importObservations(ctx, { ...input, sourceId: decodeOptionalId(input.sourceId, 'Source', 'sourceId') }),
  }),
}));
