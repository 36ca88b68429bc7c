import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../dist/server.js', import.meta.url));

function run(env: Record<string, string>, until: (out: string) => boolean, timeoutMs = 30_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER], {
      env: { ...process.env, NODE_ENV: 'production', ...env },
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`server did not answer in time:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      stdout += d;
      if (until(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe.skipIf(!existsSync(SERVER))('the compiled server', () => {
  it('stops with a one-line explanation when DATABASE_URL is neither form', async () => {
    const result = await run({ DATABASE_URL: 'mysql://db/bitgoeul', PORT: '0' }, () => false);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'bitgoeul: DATABASE_URL "mysql://db/bitgoeul" is neither sqlite:<path> nor postgresql://user@host:port/database',
    ]);
  });

  it('creates and seeds its SQLite file, then says where GraphQL and the admin are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitgoeul-server-'));
    try {
      const result = await run({ DATABASE_URL: `sqlite:${dir}/db/b.sqlite`, PORT: '0' }, (out) =>
        out.includes('Admin'),
      );
      expect(result.stdout).toMatch(/GraphQL\s+http:\/\/127\.0\.0\.1:\d+\/graphql/);
      expect(existsSync(join(dir, 'db', 'b.sqlite'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
