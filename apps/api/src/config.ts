import { isAbsolute, resolve } from 'node:path';
import { type BoundingBox, BoundingBoxInput, formatBox } from '@bitgoeul/domain';

/** Where the data lives: the embedded SQLite file by default, PostgreSQL when `DATABASE_URL` says so. */
export type DatabaseConfig =
  | {
      kind: 'sqlite';
      path: string;
      /** How long a write waits for another connection's lock (BITGOEUL_SQLITE_BUSY_TIMEOUT_MS, default 5000). */
      busyTimeoutMs?: number;
    }
  | { kind: 'postgresql'; url: string };

export interface AppConfig {
  database: DatabaseConfig;
  host: string;
  port: number;
  /** Development shows error details; everything else masks them. */
  production: boolean;
  /** Audit events older than this many days are deleted at start-up; null keeps everything. */
  auditRetentionDays: number | null;
  /** How many API requests are worked on at once; the rest wait their turn, first come first served. */
  apiConcurrency: number;
  /** Other origins whose pages may call the API with credentials (CORS); the admin itself is same-origin. */
  corsOrigins: string[];
  /** Whether anonymous callers may introspect the schema and open GraphiQL (signed-in callers always may). */
  publicIntrospection: boolean;
  /** Requests a client (token, signed-in user or address) may make; null turns the limit off. */
  rateLimit: RateLimit | null;
  /** How long a stop waits for the requests in flight (BITGOEUL_SHUTDOWN_TIMEOUT, in seconds). */
  shutdownTimeoutMs: number;
  /** Where a facility may be placed (BITGOEUL_CITY_BOUNDS): the city and its surroundings. */
  cityBounds: BoundingBox;
}

/** How fast one client may call: a sustained rate and the burst it may spend at once. */
export interface RateLimit {
  perMinute: number;
  burst: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/bitgoeul.sqlite';

/**
 * Reads `sqlite:<path>` (relative paths resolve against `cwd`) or `postgres(ql)://…`.
 * Anything else is refused with one line that says what would have been accepted.
 */
export function parseDatabaseUrl(raw: string, cwd = process.cwd()): DatabaseConfig {
  const value = raw.trim();
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path)
      throw new ConfigError(
        `DATABASE_URL "${raw}" names no file; use sqlite:<path>, e.g. ${DEFAULT_DATABASE_URL}`,
      );
    return { kind: 'sqlite', path: path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (/^postgres(ql)?:\/\/[^/]+/.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError(`DATABASE_URL "${raw}" is not a valid PostgreSQL URL`);
    }
    return { kind: 'postgresql', url: value };
  }
  throw new ConfigError(
    `DATABASE_URL "${raw}" is neither sqlite:<path> nor postgresql://user@host:port/database`,
  );
}

/** BITGOEUL_AUDIT_RETENTION_DAYS: a whole number of days (at least 1); unset or empty keeps everything. */
export function parseRetentionDays(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const days = Number(raw.trim());
  if (!Number.isInteger(days) || days < 1) {
    throw new ConfigError(
      `BITGOEUL_AUDIT_RETENTION_DAYS "${raw}" is not a whole number of days (1 or more); leave it unset to keep every audit event`,
    );
  }
  return days;
}

export const DEFAULT_API_CONCURRENCY = 8;

/** BITGOEUL_API_CONCURRENCY: a whole number from 1 to 256; unset or empty means 8. */
export function parseApiConcurrency(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_API_CONCURRENCY;
  const n = Number(raw.trim());
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new ConfigError(
      `BITGOEUL_API_CONCURRENCY "${raw}" is not a whole number from 1 to 256; leave it unset for ${DEFAULT_API_CONCURRENCY}`,
    );
  }
  return n;
}

/**
 * BITGOEUL_CORS_ORIGINS: comma-separated exact origins (scheme://host[:port], no path), e.g.
 * `https://portal.gwangju.go.kr,http://localhost:5173`; unset or empty lists none.
 */
export function parseCorsOrigins(raw: string | undefined): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    let origin: string | null = null;
    try {
      const url = new URL(entry);
      if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
    } catch {}
    if (origin !== entry) {
      throw new ConfigError(
        `BITGOEUL_CORS_ORIGINS entry "${entry}" is not an origin; write scheme://host[:port] with no path or trailing slash, e.g. https://portal.gwangju.go.kr`,
      );
    }
  }
  return [...new Set(entries)];
}

/** BITGOEUL_PUBLIC_INTROSPECTION: on/off (true/false, 1/0, yes/no); unset means on in development only. */
export function parseSwitch(name: string, raw: string | undefined, fallback: boolean): boolean {
  const value = raw?.trim().toLowerCase();
  if (!value) return fallback;
  if (['1', 'true', 'on', 'yes'].includes(value)) return true;
  if (['0', 'false', 'off', 'no'].includes(value)) return false;
  throw new ConfigError(
    `${name} "${raw}" is neither on nor off (true/false, 1/0, yes/no); leave it unset for the default`,
  );
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perMinute: 600, burst: 300 };

/**
 * BITGOEUL_RATE_LIMIT: requests a minute per client (0 or `off` turns the limit off);
 * BITGOEUL_RATE_LIMIT_BURST: how many of them may come at once. Defaults: 600 a minute, bursts of 300.
 */
export function parseRateLimit(rate: string | undefined, burst: string | undefined): RateLimit | null {
  const whole = (name: string, raw: string | undefined, fallback: number, min: number) => {
    if (raw === undefined || raw.trim() === '') return fallback;
    if (name === 'BITGOEUL_RATE_LIMIT' && raw.trim().toLowerCase() === 'off') return 0;
    const n = Number(raw.trim());
    if (!Number.isInteger(n) || n < min || n > 10_000_000) {
      throw new ConfigError(
        `${name} "${raw}" is not a whole number from ${min} to 10000000; leave it unset for ${fallback}`,
      );
    }
    return n;
  };
  const perMinute = whole('BITGOEUL_RATE_LIMIT', rate, DEFAULT_RATE_LIMIT.perMinute, 0);
  if (perMinute === 0) return null;
  return { perMinute, burst: whole('BITGOEUL_RATE_LIMIT_BURST', burst, DEFAULT_RATE_LIMIT.burst, 1) };
}

export const DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 30;

/** BITGOEUL_SHUTDOWN_TIMEOUT: seconds (a number from 0 to 3600, fractions allowed); unset or empty means 30. */
export function parseShutdownTimeout(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_SHUTDOWN_TIMEOUT_SECONDS * 1000;
  const seconds = Number(raw.trim());
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3600) {
    throw new ConfigError(
      `BITGOEUL_SHUTDOWN_TIMEOUT "${raw}" is not a number of seconds from 0 to 3600; leave it unset for ${DEFAULT_SHUTDOWN_TIMEOUT_SECONDS}`,
    );
  }
  return Math.round(seconds * 1000);
}

/** BITGOEUL_SQLITE_BUSY_TIMEOUT_MS: milliseconds from 0 to 600000; unset or empty means 5000. */
export function parseBusyTimeout(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const ms = Number(raw.trim());
  if (!Number.isInteger(ms) || ms < 0 || ms > 600_000) {
    throw new ConfigError(
      `BITGOEUL_SQLITE_BUSY_TIMEOUT_MS "${raw}" is not a whole number of milliseconds from 0 to 600000; leave it unset for 5000`,
    );
  }
  return ms;
}

/**
 * Gwangju (126.64–127.02 E, 35.05–35.26 N) with a margin that takes in the parts of its zones
 * beyond the city line (빛그린산단's 함평 part, 첨단3지구's 장성 part).
 */
export const DEFAULT_CITY_BOUNDS: BoundingBox = { west: 126.45, south: 34.95, east: 127.15, north: 35.4 };

/** BITGOEUL_CITY_BOUNDS: "west,south,east,north" in degrees; unset or empty means Gwangju. */
export function parseCityBounds(raw: string | undefined): BoundingBox {
  if (raw === undefined || raw.trim() === '') return DEFAULT_CITY_BOUNDS;
  const parts = raw.split(',').map((part) => Number(part.trim()));
  const [west, south, east, north] = parts;
  const box = BoundingBoxInput.safeParse({ west, south, east, north });
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || !box.success) {
    throw new ConfigError(
      `BITGOEUL_CITY_BOUNDS "${raw}" is not "west,south,east,north" in degrees (west ≤ east, south ≤ north); leave it unset for Gwangju (${formatBox(DEFAULT_CITY_BOUNDS)})`,
    );
  }
  return box.data;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT "${env.PORT}" is not a port number (0–65535)`);
  }
  const production = env.NODE_ENV !== 'development' && env.NODE_ENV !== 'test';
  const database = parseDatabaseUrl(env.DATABASE_URL || DEFAULT_DATABASE_URL);
  const busyTimeoutMs = parseBusyTimeout(env.BITGOEUL_SQLITE_BUSY_TIMEOUT_MS);
  if (database.kind === 'sqlite' && busyTimeoutMs !== undefined) database.busyTimeoutMs = busyTimeoutMs;
  return {
    database,
    host: env.HOST || '127.0.0.1',
    port,
    production,
    auditRetentionDays: parseRetentionDays(env.BITGOEUL_AUDIT_RETENTION_DAYS),
    apiConcurrency: parseApiConcurrency(env.BITGOEUL_API_CONCURRENCY),
    corsOrigins: parseCorsOrigins(env.BITGOEUL_CORS_ORIGINS),
    publicIntrospection: parseSwitch(
      'BITGOEUL_PUBLIC_INTROSPECTION',
      env.BITGOEUL_PUBLIC_INTROSPECTION,
      !production,
    ),
    rateLimit: parseRateLimit(env.BITGOEUL_RATE_LIMIT, env.BITGOEUL_RATE_LIMIT_BURST),
    shutdownTimeoutMs: parseShutdownTimeout(env.BITGOEUL_SHUTDOWN_TIMEOUT),
    cityBounds: parseCityBounds(env.BITGOEUL_CITY_BOUNDS),
  };
}
