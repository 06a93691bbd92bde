import {
  SHIPMENT_STATUSES,
  TRANSPORT_MODES,
  isTerminal,
  type ShipmentStatus,
  type TransportMode,
} from './shipment-status';

const DAY_MS = 24 * 60 * 60 * 1000;

type Days = number | Readonly<Record<TransportMode, number>>;

/**
 * How long a shipment may sit in a status before the admin's stuck list flags it.
 * These are product defaults chosen for follow-up, NOT regulatory deadlines; change them here and
 * bump `version`. The one regulatory anchor: a general-trade import must be declared within 14 days
 * of arrival [S78], so arrival is flagged at half of that to leave time to act.
 */
export const STUCK_THRESHOLDS = {
  version: '2026-11-25.1',
  effectiveFrom: '2026-11-25',
  days: {
    draft: 30,
    documents_in_progress: 14,
    documents_ready: 7,
    eei_filed: 7,
    shipped: { sea: 45, air: 10, parcel: 15 },
    arrived_cn_port: 7,
    // Bonded stock waits for consumer orders; only a long silence is worth a look.
    in_bonded_warehouse: 90,
    customs_declared: 7,
    inspection: 5,
    cleared: 5,
    out_for_delivery: 7,
    on_hold: 3,
  },
} as const satisfies { version: string; effectiveFrom: string; days: Partial<Record<ShipmentStatus, Days>> };

/** Days allowed in `status` for this mode; null for terminal statuses (never stuck). */
export function stuckThresholdDays(status: ShipmentStatus, mode: TransportMode): number | null {
  if (isTerminal(status)) return null;
  const days: Days | undefined = (STUCK_THRESHOLDS.days as Partial<Record<ShipmentStatus, Days>>)[status];
  if (days === undefined) return null;
  return typeof days === 'number' ? days : days[mode];
}

/** The moment a shipment that entered `status` at `enteredAt` counts as stuck, or null if it never does. */
export function stuckSince(status: ShipmentStatus, mode: TransportMode, enteredAt: Date): Date | null {
  const days = stuckThresholdDays(status, mode);
  return days === null ? null : new Date(enteredAt.getTime() + days * DAY_MS);
}

/** Stuck = no event for longer than the status's threshold. */
export function isStuck(status: ShipmentStatus, mode: TransportMode, enteredAt: Date, now: Date): boolean {
  const since = stuckSince(status, mode, enteredAt);
  return since !== null && now.getTime() > since.getTime();
}

/** Whole days spent in the current status (for "days in step" columns). */
export function daysInStatus(enteredAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - enteredAt.getTime()) / DAY_MS));
}

/**
 * One row per (status, mode) with a threshold: a shipment is stuck when it is in that status and mode
 * and entered it before `enteredBefore` — the shape a database query can use with an index on
 * (status, entered_at).
 */
export function stuckCutoffs(now: Date): { status: ShipmentStatus; mode: TransportMode; enteredBefore: Date }[] {
  return SHIPMENT_STATUSES.flatMap((status) =>
    TRANSPORT_MODES.flatMap((mode) => {
      const days = stuckThresholdDays(status, mode);
      return days === null ? [] : [{ status, mode, enteredBefore: new Date(now.getTime() - days * DAY_MS) }];
    }),
  );
}
