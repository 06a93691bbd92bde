/**
 * Fixed-window rate limiter held in process memory.
 *
 * The auth limits live in the database because they must hold across instances and restarts. The
 * public read API is different: it must stay near Next's route-handler ceiling (a DB round trip per
 * request would halve it), and a per-instance budget is an acceptable approximation for abuse
 * control on anonymous, cacheable reads. So this limiter is deliberately in-process: with N
 * instances a client gets at most N × limit per window.
 */
export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Epoch ms when the current window ends. */
  resetAt: number;
  /** Whole seconds until the window ends (at least 1). */
  retryAfterSeconds: number;
}

export interface FixedWindowLimiter {
  /** `limit` overrides the limiter's own for this key (each API key has its own budget). */
  hit(key: string, now?: number, limit?: number): RateLimitResult;
  reset(): void;
}

export interface FixedWindowOptions {
  limit: number;
  windowMs: number;
  /** Bound on distinct keys per window; beyond it new keys share one bucket, so memory stays bounded. */
  maxKeys?: number;
}

const OVERFLOW_KEY = '\u0000overflow';

export function createFixedWindowLimiter({
  limit,
  windowMs,
  maxKeys = 100_000,
}: FixedWindowOptions): FixedWindowLimiter {
  // Windows are aligned to the clock, so one sweep per window forgets every key at once.
  let windowStart = 0;
  let counts = new Map<string, number>();

  return {
    hit(key, now = Date.now(), keyLimit = limit) {
      const start = now - (now % windowMs);
      if (start !== windowStart) {
        windowStart = start;
        counts = new Map();
      }
      const bucket = counts.has(key) || counts.size < maxKeys ? key : OVERFLOW_KEY;
      const count = (counts.get(bucket) ?? 0) + 1;
      counts.set(bucket, count);
      const resetAt = start + windowMs;
      return {
        allowed: count <= keyLimit,
        limit: keyLimit,
        remaining: Math.max(0, keyLimit - count),
        resetAt,
        retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)),
      };
    },
    reset() {
      counts = new Map();
    },
  };
}

export const PUBLIC_API_RATE_LIMIT = { limit: 120, windowMs: 60_000 } as const;

const GLOBAL_KEY = Symbol.for('heartland-gateway.public-api-limiter');
type WithLimiter = typeof globalThis & { [GLOBAL_KEY]?: FixedWindowLimiter };

/**
 * One limiter for every /api/v1 route in this process. Next evaluates each route bundle separately,
 * so a module-level instance would give each route its own budget; globalThis makes it one.
 */
export function publicApiLimiter(): FixedWindowLimiter {
  const g = globalThis as WithLimiter;
  g[GLOBAL_KEY] ??= createFixedWindowLimiter(PUBLIC_API_RATE_LIMIT);
  return g[GLOBAL_KEY];
}

const PARTNER_KEY = Symbol.for('heartland-gateway.partner-key-limiter');
type WithPartnerLimiter = typeof globalThis & { [PARTNER_KEY]?: FixedWindowLimiter };

/**
 * Per API key, per minute, each key with its own limit (partner_api_keys.rate_limit_per_minute). In
 * process memory for the same reason as the public limiter: with N instances a key gets at most N × its
 * limit; the daily usage shown to the partner is counted in the database.
 */
export function partnerKeyLimiter(): FixedWindowLimiter {
  const g = globalThis as WithPartnerLimiter;
  g[PARTNER_KEY] ??= createFixedWindowLimiter({ limit: 600, windowMs: 60_000 });
  return g[PARTNER_KEY];
}
