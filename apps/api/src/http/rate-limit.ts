import type { RateLimit } from '../config.js';

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept before idle (full) ones are swept; a sweep is a pass over the map, so not on every call. */
const SWEEP_ABOVE = 10_000;

/**
 * A token bucket per client key, in this process's memory: each client starts with `burst` tokens,
 * a request spends one, and tokens come back at `perMinute` a minute up to `burst`. Nothing is
 * shared between processes, so N processes behind one balancer allow N times the rate — a deliberate
 * trade: no write to the database on every request. A bucket that has refilled is the same as no
 * bucket, so full ones are dropped when the map grows, which bounds memory by the number of clients
 * active within one refill period.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    if (!(limit.perMinute > 0) || !(limit.burst >= 1)) throw new RangeError('rate limit must be positive');
    this.perMs = limit.perMinute / 60_000;
  }

  take(key: string): Take {
    const now = this.now();
    const bucket = this.refilled(this.buckets.get(key), now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      if (this.buckets.size > SWEEP_ABOVE) this.sweep(now);
      return { ok: true };
    }
    this.buckets.set(key, bucket);
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  /** How many clients are being tracked (for tests of the sweep). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.limit.burst, at: now };
    const tokens = Math.min(this.limit.burst, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
    return { tokens, at: now };
  }

  private sweep(now: number) {
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.limit.burst) this.buckets.delete(key);
    }
  }
}
