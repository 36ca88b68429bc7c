import { strToU8, zipSync } from 'fflate';
import type { TestApp } from './harness.js';

/**
 * Uploads for the import tests: a real multipart request (the GraphQL multipart request spec) through
 * yoga.fetch, and a minimal XLSX workbook built in the test (inline strings, numeric cells, as Excel
 * stores them).
 */

/** An administrator's session headers (cookie and CSRF token), signed in through /auth/sign-in. */
export const adminSession = (app: TestApp) => app.sessionHeaders('ADMIN');

/** The multipart body of one mutation whose `input.file` is the given file. */
export function uploadForm(query: string, input: Record<string, unknown>, file: Blob, name: string) {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { input: { ...input, file: null } } }));
  form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.set('0', file, name);
  return form;
}

export interface UploadAnswer<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs a multipart upload to /graphql as a browser would. */
export async function upload<T>(
  app: TestApp,
  session: Record<string, string>,
  form: FormData,
  headers: Record<string, string> = {},
): Promise<UploadAnswer<T>> {
  const response = await app.yoga.fetch('http://bitgoeul.test/graphql', {
    method: 'POST',
    headers: { accept: 'application/graphql-response+json', ...session, ...headers },
    body: form,
  });
  const text = await response.text();
  return { status: response.status, ...(text.startsWith('{') ? JSON.parse(text) : {}) };
}

/** A CSV file as Excel writes "CSV UTF-8": a BOM, CRLF line ends, quoted where needed. */
export function csvFile(rows: readonly (readonly (string | number | null)[])[]): Blob {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return new Blob([`\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`], {
    type: 'text/csv',
  });
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An XLSX workbook, each sheet a grid of text and numbers. */
export function xlsxFile(sheets: Record<string, (string | number | null)[][]>): Blob {
  const names = Object.keys(sheets);
  const column = (i: number) => String.fromCharCode(65 + i);
  const sheetXml = (rows: (string | number | null)[][]) =>
    `${HEADER}<worksheet xmlns="${MAIN}"><sheetData>${rows
      .map(
        (row, r) =>
          `<row r="${r + 1}">${row
            .map((cell, c) => {
              const ref = `${column(c)}${r + 1}`;
              if (cell === null) return '';
              return typeof cell === 'number'
                ? `<c r="${ref}"><v>${cell}</v></c>`
                : `<c r="${ref}" t="inlineStr"><is><t>${xmlText(cell)}</t></is></c>`;
            })
            .join('')}</row>`,
      )
      .join('')}</sheetData></worksheet>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${HEADER}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${HEADER}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets>${names
        .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${HEADER}<Relationships xmlns="${RELS}">${names
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${OFFICE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
  };
  names.forEach((name, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheets[name]!));
  });
  return new Blob([zipSync(files)], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
