/** What other modules may use of imports: everything else in this folder is its own. */

export { ImportRowErrorRef } from './import-row-error.graphql.js';
export { fileDescription, ROWS_DESCRIPTION, SOURCE_ID_DESCRIPTION } from './sheet-import.descriptions.js';
export type { FileSource, ImportResult, ImportRowError, SheetInput, SheetReader } from './sheet-import.js';
export { fileSourceOf, importSheetInput, rowErrorList } from './sheet-import.js';
