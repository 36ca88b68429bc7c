import { IMPORT_FILE_BYTES_MAX, IMPORT_FILE_ROWS_MAX, IMPORT_ROWS_MAX } from '@bitgoeul/domain';
import { MAX_BODY_BYTES } from '../../http/limits.js';

/** The schema's words for the two forms of every sheet import, with the limits each one has. */

const grouped = (n: number) => n.toLocaleString('en-US');

export const ROWS_DESCRIPTION = `The sheet as rows the caller read: 1 to ${grouped(IMPORT_ROWS_MAX)} rows, in a JSON request body of at most ${grouped(MAX_BODY_BYTES)} bytes (1 MiB; a larger body is refused with HTTP 413). ${grouped(IMPORT_ROWS_MAX)} rows of figures fit in it; rows of programs are larger (about 500 bytes each as the seed's are), so that about 1,900 fit. More rows are refused (BAD_USER_INPUT): upload the file instead. Send exactly one of rows and file.`;

export const fileDescription = (columns: string) =>
  `The sheet itself, uploaded with the GraphQL multipart request spec: a CSV (UTF-8, with or without a BOM; EUC-KR is also read) or an XLSX with one sheet, at most ${grouped(IMPORT_FILE_BYTES_MAX)} bytes (${IMPORT_FILE_BYTES_MAX / 1024 / 1024} MiB; a larger file is refused with HTTP 413) and ${grouped(IMPORT_FILE_ROWS_MAX)} data rows, written in one transaction. The first non-blank row names the columns, in Korean, English or as the row input's field names (${columns}); codes may be written as the code or its Korean or English label. A file that is no sheet, lacks a required column or has too many rows is refused as a whole (BAD_USER_INPUT, extensions.problem). Send exactly one of file and rows.`;

export const SOURCE_ID_DESCRIPTION =
  "The source every row that names none cites: the admin's import page picks one for the whole file, so a sheet needs no source column. A row's own source code wins over it. An id naming no source refuses the whole sheet (BAD_USER_INPUT).";
