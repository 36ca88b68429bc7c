import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CITY_BOUNDS, loadConfig, parseDatabaseUrl } from './config.js';

describe('DATABASE_URL', () => {
  it('defaults to the embedded SQLite file under ./data', () => {
    expect(loadConfig({}).database).toEqual({
      kind: 'sqlite',
      path: `${process.cwd()}/data/bitgoeul.sqlite`,
    });
  });

  it('reads sqlite paths, relative and absolute', () => {
    expect(parseDatabaseUrl('sqlite:./x.db', '/srv')).toEqual({ kind: 'sqlite', path: '/srv/x.db' });
    expect(parseDatabaseUrl('sqlite:/var/lib/b.sqlite')).toEqual({
      kind: 'sqlite',
      path: '/var/lib/b.sqlite',
    });
  });

  it('reads PostgreSQL URLs', () => {
    expect(parseDatabaseUrl('postgresql://u@db:5432/bitgoeul')).toEqual({
      kind: 'postgresql',
      url: 'postgresql://u@db:5432/bitgoeul',
    });
    expect(parseDatabaseUrl('postgres://db/bitgoeul').kind).toBe('postgresql');
  });

  it.each(['mysql://db/x', 'bitgoeul.sqlite', 'sqlite:', 'postgresql://'])(
    'refuses %s in one line',
    (url) => {
      expect(() => parseDatabaseUrl(url)).toThrow(ConfigError);
      try {
        parseDatabaseUrl(url);
      } catch (error) {
        expect((error as Error).message).not.toContain('\n');
        expect((error as Error).message).toContain(url);
      }
    },
  );

  it('refuses a PORT that is not a port', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT "eighty"/);
  });
});

describe('BITGOEUL_API_CONCURRENCY', () => {
  it('defaults to 8 and reads a whole number', () => {
    expect(loadConfig({}).apiConcurrency).toBe(8);
    expect(loadConfig({ BITGOEUL_API_CONCURRENCY: '' }).apiConcurrency).toBe(8);
    expect(loadConfig({ BITGOEUL_API_CONCURRENCY: ' 3 ' }).apiConcurrency).toBe(3);
  });

  it.each(['0', '-2', '1.5', 'many', '257'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ BITGOEUL_API_CONCURRENCY: value })).toThrow(
      new RegExp(
        `^BITGOEUL_API_CONCURRENCY "${value.replace('.', '\\.')}" is not a whole number from 1 to 256`,
      ),
    );
  });
});

describe('BITGOEUL_SHUTDOWN_TIMEOUT', () => {
  it('defaults to 30 s and reads seconds, fractions too', () => {
    expect(loadConfig({}).shutdownTimeoutMs).toBe(30_000);
    expect(loadConfig({ BITGOEUL_SHUTDOWN_TIMEOUT: ' ' }).shutdownTimeoutMs).toBe(30_000);
    expect(loadConfig({ BITGOEUL_SHUTDOWN_TIMEOUT: '10' }).shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ BITGOEUL_SHUTDOWN_TIMEOUT: '0.5' }).shutdownTimeoutMs).toBe(500);
    expect(loadConfig({ BITGOEUL_SHUTDOWN_TIMEOUT: '0' }).shutdownTimeoutMs).toBe(0);
  });

  it.each(['-1', '30s', 'soon', '3601', 'Infinity'])(
    'refuses %s in one line, naming the variable',
    (value) => {
      expect(() => loadConfig({ BITGOEUL_SHUTDOWN_TIMEOUT: value })).toThrow(ConfigError);
      expect(() => loadConfig({ BITGOEUL_SHUTDOWN_TIMEOUT: value })).toThrow(
        new RegExp(`^BITGOEUL_SHUTDOWN_TIMEOUT "${value}" is not a number of seconds from 0 to 3600`),
      );
    },
  );
});

describe('BITGOEUL_SQLITE_BUSY_TIMEOUT_MS', () => {
  it('leaves the SQLite default (5000 ms) unless set, and applies only to SQLite', () => {
    expect(loadConfig({}).database).not.toHaveProperty('busyTimeoutMs');
    expect(loadConfig({ BITGOEUL_SQLITE_BUSY_TIMEOUT_MS: '8000' }).database).toMatchObject({
      kind: 'sqlite',
      busyTimeoutMs: 8000,
    });
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://db/b', BITGOEUL_SQLITE_BUSY_TIMEOUT_MS: '8000' }).database,
    ).toEqual({ kind: 'postgresql', url: 'postgresql://db/b' });
  });

  it.each(['-1', '1.5', 'long', '600001'])('refuses %s in one line, naming the variable', (value) => {
    expect(() => loadConfig({ BITGOEUL_SQLITE_BUSY_TIMEOUT_MS: value })).toThrow(
      new RegExp(
        `^BITGOEUL_SQLITE_BUSY_TIMEOUT_MS "${value.replace('.', '\\.')}" is not a whole number of milliseconds`,
      ),
    );
  });
});

describe('BITGOEUL_CITY_BOUNDS', () => {
  it('defaults to Gwangju and its surroundings, and takes "west,south,east,north"', () => {
    expect(loadConfig({}).cityBounds).toEqual(DEFAULT_CITY_BOUNDS);
    expect(loadConfig({ BITGOEUL_CITY_BOUNDS: ' 126.7, 35.0 ,127.0,35.3 ' }).cityBounds).toEqual({
      west: 126.7,
      south: 35,
      east: 127,
      north: 35.3,
    });
  });

  it.each(['126.7,35.0,127.0', 'west,35,127,35.3', '127.2,35,127,35.3', '126,35,200,36'])(
    'refuses %s, saying what it takes',
    (value) => {
      expect(() => loadConfig({ BITGOEUL_CITY_BOUNDS: value })).toThrow(ConfigError);
      expect(() => loadConfig({ BITGOEUL_CITY_BOUNDS: value })).toThrow(
        /is not "west,south,east,north" in degrees/,
      );
    },
  );
});
