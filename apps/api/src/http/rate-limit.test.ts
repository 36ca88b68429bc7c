import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { RateLimiter } from './rate-limit.js';

describe('BITGOEUL_RATE_LIMIT and BITGOEUL_RATE_LIMIT_BURST', () => {
  it('default to 600 a minute with bursts of 300; 0 or off turns the limit off', () => {
    expect(loadConfig({}).rateLimit).toEqual({ perMinute: 600, burst: 300 });
    expect(loadConfig({ BITGOEUL_RATE_LIMIT: '120', BITGOEUL_RATE_LIMIT_BURST: '20' }).rateLimit).toEqual({
      perMinute: 120,
      burst: 20,
    });
    expect(loadConfig({ BITGOEUL_RATE_LIMIT: '0' }).rateLimit).toBeNull();
    expect(loadConfig({ BITGOEUL_RATE_LIMIT: 'off' }).rateLimit).toBeNull();
  });

  it.each([
    [{ BITGOEUL_RATE_LIMIT: 'fast' }, 'BITGOEUL_RATE_LIMIT "fast" is not a whole number'],
    [{ BITGOEUL_RATE_LIMIT: '-5' }, 'BITGOEUL_RATE_LIMIT "-5" is not a whole number'],
    [{ BITGOEUL_RATE_LIMIT_BURST: '2.5' }, 'BITGOEUL_RATE_LIMIT_BURST "2.5" is not a whole number'],
    [{ BITGOEUL_RATE_LIMIT_BURST: '0' }, 'BITGOEUL_RATE_LIMIT_BURST "0" is not a whole number from 1 to'],
  ])('refuses %o in one line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('rate limiter (token bucket)', () => {
  const clock = () => {
    let t = 1_000_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('lets a burst through, then refuses with the seconds until the next token', () => {
    const time = clock();
    const limiter = new RateLimiter({ perMinute: 6, burst: 3 }, time.now);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    // One token every 10 s.
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    time.advance(4_000);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 6 });
    time.advance(6_000);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('keeps one bucket per client: one client spending all its tokens does not slow another', () => {
    const limiter = new RateLimiter({ perMinute: 60, burst: 2 }, clock().now);
    limiter.take('token:1');
    limiter.take('token:1');
    expect(limiter.take('token:1').ok).toBe(false);
    expect(limiter.take('address:10.0.0.1').ok).toBe(true);
  });

  it('refills up to the burst and no further', () => {
    const time = clock();
    const limiter = new RateLimiter({ perMinute: 600, burst: 2 }, time.now);
    limiter.take('a');
    time.advance(60 * 60_000);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, false]);
  });

  it('forgets clients whose bucket has refilled, so memory follows active clients only', () => {
    const time = clock();
    const limiter = new RateLimiter({ perMinute: 60_000, burst: 1 }, time.now);
    for (let i = 0; i < 10_000; i++) limiter.take(`address:${i}`);
    expect(limiter.size).toBe(10_000);
    time.advance(1_000);
    limiter.take('address:new');
    expect(limiter.size).toBe(1);
  });
});
