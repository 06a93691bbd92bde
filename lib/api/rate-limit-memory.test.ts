import { describe, expect, it } from 'vitest';
import { createFixedWindowLimiter } from './rate-limit-memory';

describe('createFixedWindowLimiter', () => {
  it('allows `limit` hits per key per window, then refuses until the window ends', () => {
    const limiter = createFixedWindowLimiter({ limit: 2, windowMs: 60_000 });
    const t0 = 1_800_000_000_000; // aligned to a minute
    expect(limiter.hit('a', t0)).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.hit('a', t0 + 1)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.hit('a', t0 + 15_000)).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
    expect(limiter.hit('b', t0 + 15_000).allowed).toBe(true);
    expect(limiter.hit('a', t0 + 60_000)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('keeps memory bounded: keys beyond maxKeys share one bucket', () => {
    const limiter = createFixedWindowLimiter({ limit: 1, windowMs: 1000, maxKeys: 2 });
    expect(limiter.hit('a', 0).allowed).toBe(true);
    expect(limiter.hit('b', 0).allowed).toBe(true);
    expect(limiter.hit('c', 0).allowed).toBe(true);
    expect(limiter.hit('d', 0).allowed).toBe(false);
    expect(limiter.hit('d', 1000).allowed).toBe(true);
  });
});
