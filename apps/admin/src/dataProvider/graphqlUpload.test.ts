import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createGraphqlUpload, type FetchLike } from './graphqlClient';

/** What goes over the wire when a page sends a file: the GraphQL multipart request spec. */
function uploadServer(answer: { status?: number; body: unknown }) {
  const sent: { headers: Record<string, string>; form: FormData }[] = [];
  const fetch: FetchLike = async (_url, init) => {
    sent.push({ headers: init.headers as Record<string, string>, form: init.body as FormData });
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200 });
  };
  return { upload: createGraphqlUpload({ fetch, getLocale: () => 'en' }), sent };
}

describe('an upload through the GraphQL client', () => {
  it('sends operations, a map and the file, and lets the browser write the multipart Content-Type', async () => {
    const { upload, sent } = uploadServer({ body: { data: { importPrograms: { imported: 2 } } } });
    const file = new File(['code\r\nX\r\n'], 'programs.csv', { type: 'text/csv' });
    const answer = await upload(
      'mutation($input: ImportProgramsInput!) { x }',
      { input: { dryRun: true } },
      {
        'input.file': file,
      },
    );
    expect(answer).toEqual({ importPrograms: { imported: 2 } });
    const { headers, form } = sent[0]!;
    expect(headers['Content-Type']).toBeUndefined();
    expect(headers['Accept-Language']).toBe('en');
    expect(JSON.parse(form.get('operations') as string)).toEqual({
      query: 'mutation($input: ImportProgramsInput!) { x }',
      variables: { input: { dryRun: true, file: null } },
    });
    expect(JSON.parse(form.get('map') as string)).toEqual({ 0: ['variables.input.file'] });
    const part = form.get('0') as File;
    expect([part.name, await part.text()]).toEqual(['programs.csv', 'code\r\nX\r\n']);
  });

  it("turns the server's refusal of a file (413 included) into an error with its message", async () => {
    const { upload } = uploadServer({
      status: 413,
      body: {
        errors: [{ message: 'The file is too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }],
      },
    });
    const error = await upload('mutation { x }', {}, { file: new Blob(['x']) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).message).toBe('The file is too large');
    expect((error as HttpError).status).toBe(413);
  });
});
