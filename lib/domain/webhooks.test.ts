import { describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS, RETRY_SCHEDULE_SECONDS, retryAfterSeconds } from './webhooks';

describe('webhook retry schedule', () => {
  it('backs off exponentially at first and spreads the retries over about three days', () => {
    expect(RETRY_SCHEDULE_SECONDS.slice(0, 5)).toEqual([5, 300, 1800, 7200, 18000]);
    const total = RETRY_SCHEDULE_SECONDS.reduce((a, s) => a + s, 0);
    expect(total / 86400).toBeGreaterThan(2.9);
    expect(total / 86400).toBeLessThan(3.5);
    for (let i = 1; i < RETRY_SCHEDULE_SECONDS.length; i++)
      expect(RETRY_SCHEDULE_SECONDS[i]).toBeGreaterThanOrEqual(RETRY_SCHEDULE_SECONDS[i - 1]!);
  });

  it('gives up after the last attempt', () => {
    expect(retryAfterSeconds(1)).toBe(5);
    expect(retryAfterSeconds(MAX_DELIVERY_ATTEMPTS - 1)).toBe(36000);
    expect(retryAfterSeconds(MAX_DELIVERY_ATTEMPTS)).toBeNull();
  });
});
