import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const COMPILED_SERVER = fileURLToPath(new URL('../dist/server.js', import.meta.url));

export const SERVER_ADMIN = { email: 'admin@bitgoeul.test', password: 'a test passphrase long enough' };

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  origin: string;
  /** The exit code, once the process has ended. */
  exited: Promise<number | null>;
  /** Resolves with the first structured log line (stderr JSON) whose msg matches. */
  logLine(msg: RegExp): Promise<Record<string, unknown>>;
  stderr(): string;
  /** Signs in as the first administrator: the cookie and CSRF headers for later requests. */
  signIn(): Promise<Record<string, string>>;
}

/** Starts the compiled server (`node dist/server.js`) on a free port and waits until it listens. */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [COMPILED_SERVER], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      BITGOEUL_ADMIN_EMAIL: SERVER_ADMIN.email,
      BITGOEUL_ADMIN_PASSWORD: SERVER_ADMIN.password,
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  const waiters: { msg: RegExp; done: (line: Record<string, unknown>) => void }[] = [];
  const seen: Record<string, unknown>[] = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    const before = stderr.length;
    stderr += d;
    const completeUpTo = stderr.lastIndexOf('\n') + 1;
    const startOfNew = stderr.lastIndexOf('\n', before - 1) + 1;
    for (const text of stderr.slice(startOfNew, completeUpTo).split('\n')) {
      if (!text.startsWith('{')) continue;
      try {
        const line = JSON.parse(text) as Record<string, unknown>;
        seen.push(line);
        for (const w of waiters) if (w.msg.test(String(line.msg))) w.done(line);
      } catch {
        // a partial line; the next chunk completes it
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (d: string) => {
      stdout += d;
      const match = /GraphQL\s+http:\/\/[^:]+:(\d+)\/graphql/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${stdout}\n${stderr}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    child,
    port,
    origin,
    exited,
    stderr: () => stderr,
    logLine: (msg) =>
      new Promise((done) => {
        const line = seen.find((l) => msg.test(String(l.msg)));
        if (line) done(line);
        else waiters.push({ msg, done });
      }),
    async signIn() {
      const res = await fetch(`${origin}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify(SERVER_ADMIN),
      });
      if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
      return { cookie, 'x-csrf-token': csrfToken, origin };
    },
  };
}
