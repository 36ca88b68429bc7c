import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config.js';

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
