import { GACC_REGISTRATION_VALIDITY } from '@/lib/rules';

/** Reminders go out this many days before expiry, each once (issue 6). */
export const REMINDER_DAYS = [90, 30, 7] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DueReminders {
  /** The one reminder to send now, if any. */
  send: ReminderDays | null;
  /** Reminders that came due but are superseded by a more urgent one: record them as handled, do not send. */
  skip: ReminderDays[];
}

/**
 * Which reminder is due for a document or registration valid through `expiresOn` (YYYY-MM-DD,
 * the last valid day, compared as UTC calendar dates).
 * `alreadySent` lists the reminders already sent or skipped. When several are due at once (the
 * reminder job did not run for a while), only the most urgent is sent and the others are skipped;
 * a reminder less urgent than one already sent is skipped too. Nothing is sent once expired.
 */
export function dueReminders({
  expiresOn,
  now,
  alreadySent,
}: {
  expiresOn: string;
  now: Date;
  alreadySent: readonly number[];
}): DueReminders {
  const left = daysUntilExpiry(expiresOn, now);
  const open = REMINDER_DAYS.filter((d) => left <= d && !alreadySent.includes(d));
  if (left < 0) return { send: null, skip: open };
  const mostUrgentSent = Math.min(...alreadySent.filter((d) => (REMINDER_DAYS as readonly number[]).includes(d)));
  const candidates = open.filter((d) => d < mostUrgentSent);
  const send = candidates.length ? Math.min(...candidates) : null;
  return { send: send as ReminderDays | null, skip: open.filter((d) => d !== send) };
}

/** Whole days from today (UTC) to the last valid day: 0 on the day itself, negative once expired. */
export function daysUntilExpiry(expiresOn: string, now: Date): number {
  return Math.round((parseDate(expiresOn).getTime() - startOfUtcDay(now).getTime()) / DAY_MS);
}

/** Expired from the day after the last valid day (UTC). */
export function isExpired(expiresOn: string, now: Date): boolean {
  return daysUntilExpiry(expiresOn, now) < 0;
}

/**
 * Last valid day of a GACC registration granted on `registeredOn`: valid 5 years (GACC_REGISTRATION_VALIDITY),
 * so a registration of 2022-01-01 is valid through 2026-12-31; one of 29 February through 28 February.
 */
export function gaccExpiryFrom(registeredOn: string): string {
  return lastValidDay(registeredOn, GACC_REGISTRATION_VALIDITY.years);
}

/** Last valid day of something valid `years` years from `from` (inclusive). */
export function lastValidDay(from: string, years: number): string {
  const start = parseDate(from);
  const y = start.getUTCFullYear() + years;
  const m = start.getUTCMonth();
  // Clamp 29 February to the end of February in a non-leap year instead of rolling into March.
  const day = Math.min(start.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  const anniversary = Date.UTC(y, m, day);
  const sameDayExists = day === start.getUTCDate();
  return new Date(sameDayExists ? anniversary - DAY_MS : anniversary).toISOString().slice(0, 10);
}

function parseDate(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`Invalid date "${value}" (expected YYYY-MM-DD)`);
  }
  return date;
}

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
