import { readFileSync } from 'node:fs';
import { PROGRAM_COLUMNS, programSheetRows } from '@bitgoeul/domain';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { IMPORT_PROGRAMS_MUTATION } from './importDocuments';
import { decodeCsv, parseCsv } from './readSheet';
import { templateCsv } from './template';

const KOREAN = PROGRAM_COLUMNS.headers('ko');

describe('the program import page', () => {
  it('offers a template with a BOM and the Korean headers, which reads back as every column', () => {
    const csv = templateCsv('ko', PROGRAM_COLUMNS);
    expect(csv).toBe(`\uFEFF${KOREAN.join(',')}\r\n`);
    expect(programSheetRows(parseCsv(decodeCsv(new TextEncoder().encode(csv))))).toEqual({
      ok: false,
      problem: { key: 'empty' },
    });
    expect(templateCsv('en', PROGRAM_COLUMNS).startsWith('\uFEFFCode,Name (Korean),Name (English)')).toBe(
      true,
    );
  });

  it('sends a mutation that is valid against apps/api/schema.graphql', () => {
    const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));
    expect(validate(schema, parse(IMPORT_PROGRAMS_MUTATION)).map((e) => e.message)).toEqual([]);
  });
});
