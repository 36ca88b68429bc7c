import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IMPORT_FILE_ROWS_MAX } from '@bitgoeul/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { ordinaryProgramRows, ordinaryProgramSheet } from '../../../test/ordinary-programs.js';
import { adminSession, csvFile, upload, uploadForm } from '../../../test/uploads.js';
import { MAX_BODY_BYTES, MAX_UPLOAD_BODY_BYTES } from '../../http/limits.js';
import { createApp } from '../../wiring/app.js';
import { Program } from '../programs/program.entity.js';

type RowError = { row: number; column: string; code: string };
type Imported = { importPrograms: { imported: number; rowErrors: RowError[] } };

const IMPORT = `mutation($input: ImportProgramsInput!) {
  importPrograms(input: $input) { imported rowErrors { row column code } } }`;

/**
 * The documented limits of an import can be reached: an uploaded file of exactly IMPORT_FILE_ROWS_MAX
 * ordinary program rows is written whole, in one transaction, on each store (≈ 21 s on SQLite and
 * 27 s on PostgreSQL on an idle 2-core machine; one over the limit is refused in program-upload.test).
 */
describe.each(databaseKinds)('the row limit of an uploaded sheet on $name', (kind) => {
  let app: TestApp;
  let session: Record<string, string>;
  const stored = () => app.orm.em.fork().count(Program, {});

  beforeAll(async () => {
    app = await startTestApp(kind);
    session = await adminSession(app);
  });
  afterAll(() => app?.close());

  it(`commits a file of exactly ${IMPORT_FILE_ROWS_MAX} ordinary program rows`, async () => {
    const before = await stored();
    const file = csvFile(ordinaryProgramSheet(IMPORT_FILE_ROWS_MAX));
    const res = await upload<Imported>(
      app,
      session,
      uploadForm(IMPORT, { dryRun: false }, file, 'programs.csv'),
    );
    expect(res.status).toBe(200);
    expect(res.data!.importPrograms).toEqual({ imported: IMPORT_FILE_ROWS_MAX, rowErrors: [] });
    expect(await stored()).toBe(before + IMPORT_FILE_ROWS_MAX);
  }, 180_000);
});

/**
 * The HTTP server bounds a request body by its Content-Length before reading it: 1 MiB for JSON and
 * everything else, MAX_UPLOAD_BODY_BYTES for a multipart upload to /graphql.
 */
describe('the body limits of the HTTP server', () => {
  let app: TestApp;
  let server: ReturnType<typeof createApp>['server'];
  let origin: string;
  let session: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp(databaseKinds[0]!);
    session = await adminSession(app);
    ({ server } = createApp({ orm: app.orm, adminDir: null }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await app?.close();
  });

  /** Headers only: the answer comes before any of the body is sent. */
  const announce = (path: string, headers: Record<string, string | number>) =>
    new Promise<number>((resolve, reject) => {
      const req = request(`${origin}${path}`, { method: 'POST', headers });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.flushHeaders();
    });

  it('takes JSON rows up to 1 MiB and refuses a larger JSON body with 413', async () => {
    const rowsIn = (count: number) =>
      JSON.stringify({
        query: IMPORT,
        variables: { input: { rows: ordinaryProgramRows(count), dryRun: true } },
      });
    // As many ordinary rows as fit in 1 MiB go through; one body over it does not.
    let count = 1;
    while (Buffer.byteLength(rowsIn(count * 2)) <= MAX_BODY_BYTES) count *= 2;
    while (Buffer.byteLength(rowsIn(count + 100)) <= MAX_BODY_BYTES) count += 100;
    const post = (body: string) =>
      fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...session,
          origin,
        },
        body,
      });
    const fits = await post(rowsIn(count));
    expect(fits.status).toBe(200);
    expect(((await fits.json()) as { data: Imported }).data.importPrograms.rowErrors).toEqual([]);
    expect((await post(rowsIn(count + 100))).status).toBe(413);
  });

  it('lets an upload of several MiB through to /graphql', async () => {
    const file = csvFile(ordinaryProgramSheet(10_000, 'PORT'));
    expect(file.size).toBeGreaterThan(2 * MAX_BODY_BYTES);
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { accept: 'application/graphql-response+json', ...session, origin },
      body: uploadForm(IMPORT, { dryRun: true }, file, 'programs.csv'),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: Imported }).data.importPrograms).toEqual({
      imported: 0,
      rowErrors: [],
    });
  });

  it('refuses an upload over its limit, and a multipart body elsewhere over 1 MiB, before reading it', async () => {
    const multipart = 'multipart/form-data; boundary=x';
    expect(
      await announce('/graphql', { 'content-type': multipart, 'content-length': MAX_UPLOAD_BODY_BYTES + 1 }),
    ).toBe(413);
    expect(
      await announce('/auth/sign-in', { 'content-type': multipart, 'content-length': MAX_BODY_BYTES + 1 }),
    ).toBe(413);
    expect(
      await announce('/graphql', {
        'content-type': 'application/json',
        'content-length': MAX_BODY_BYTES + 1,
      }),
    ).toBe(413);
  });
});
