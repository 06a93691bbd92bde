import { describe, expect, it } from 'vitest';
import { SHIPMENT_STATUSES, isTerminal } from './shipment-status';
import {
  STUCK_THRESHOLDS,
  daysInStatus,
  isStuck,
  stuckCutoffs,
  stuckSince,
  stuckThresholdDays,
} from './shipment-stuck';

const DAY = 24 * 60 * 60 * 1000;
const ENTERED = new Date('2026-10-01T10:00:00Z');
const after = (days: number, ms = 0) => new Date(ENTERED.getTime() + days * DAY + ms);

describe('stuck thresholds', () => {
  it.each([
    ['documents_in_progress', 'sea', 14],
    ['shipped', 'sea', 45],
    ['shipped', 'air', 10],
    ['shipped', 'parcel', 15],
    ['arrived_cn_port', 'sea', 7],
    ['customs_declared', 'air', 7],
    ['inspection', 'sea', 5],
    ['on_hold', 'parcel', 3],
    ['in_bonded_warehouse', 'sea', 90],
  ] as const)('%s by %s: %i days', (status, mode, days) => {
    expect(stuckThresholdDays(status, mode)).toBe(days);
    expect(stuckSince(status, mode, ENTERED)).toEqual(after(days));
    expect(isStuck(status, mode, ENTERED, after(days))).toBe(false);
    expect(isStuck(status, mode, ENTERED, after(days, 1))).toBe(true);
    expect(isStuck(status, mode, ENTERED, after(days - 1))).toBe(false);
  });

  it('every live status has a threshold; terminal statuses are never stuck', () => {
    for (const status of SHIPMENT_STATUSES) {
      for (const mode of ['sea', 'air', 'parcel'] as const) {
        const days = stuckThresholdDays(status, mode);
        if (isTerminal(status)) {
          expect(days, status).toBeNull();
          expect(stuckSince(status, mode, ENTERED)).toBeNull();
          expect(isStuck(status, mode, ENTERED, after(10_000))).toBe(false);
        } else {
          expect(days, status).toBeGreaterThan(0);
        }
      }
    }
  });

  it('is dated product data, not regulation', () => {
    expect(STUCK_THRESHOLDS.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(STUCK_THRESHOLDS.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives the database one cut-off per status and mode', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    const cutoffs = stuckCutoffs(now);
    expect(cutoffs).toHaveLength(12 * 3);
    expect(cutoffs.find((c) => c.status === 'shipped' && c.mode === 'air')?.enteredBefore).toEqual(
      new Date('2026-11-15T00:00:00Z'),
    );
    expect(cutoffs.some((c) => isTerminal(c.status))).toBe(false);
    for (const c of cutoffs) {
      expect(isStuck(c.status, c.mode, new Date(c.enteredBefore.getTime() - 1), now)).toBe(true);
      expect(isStuck(c.status, c.mode, c.enteredBefore, now)).toBe(false);
    }
  });

  it('counts whole days in a status', () => {
    expect(daysInStatus(ENTERED, after(0))).toBe(0);
    expect(daysInStatus(ENTERED, after(2, -1))).toBe(1);
    expect(daysInStatus(ENTERED, after(2))).toBe(2);
    expect(daysInStatus(ENTERED, after(-1))).toBe(0);
  });
});
