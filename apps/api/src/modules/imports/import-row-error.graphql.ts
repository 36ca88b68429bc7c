import { builder } from '../../graphql/builder.js';
import { UserErrorCodeEnum } from '../../graphql/common.js';
import type { ImportRowError } from './sheet-import.js';

/** Shared by every sheet import (observations, programs). */
export const ImportRowErrorRef = builder.objectRef<ImportRowError>('ImportRowError').implement({
  description: "Why one row of a sheet was refused, in the caller's language.",
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'The row number the caller sent.' }),
    column: t.exposeString('column', {
      description:
        'The input field at fault, named as in the row input: indicatorCode, period, value, status, sourceCode or note for figures; code, nameKo, area, parentCode, sourceCodes and the like for programs.',
    }),
    code: t.field({ type: UserErrorCodeEnum, resolve: (e) => e.code }),
    message: t.exposeString('message'),
  }),
});
