import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rateLimits } from '../schema';

export interface Limit {
  key: string;
  windowMs: number;
  max: number;
}

// The limits of the foundation issue, in one place.
export const LIMITS = {
  signInPerIp: (ip: string): Limit => ({ key: `signin-ip:${ip}`, windowMs: 60_000, max: 30 }),
  failedSignInPerAccount: (email: string): Limit => ({ key: `signin-fail:${email}`, windowMs: 15 * 60_000, max: 10 }),
  signUpPerIp: (ip: string): Limit => ({ key: `signup-ip:${ip}`, windowMs: 60 * 60_000, max: 5 }),
  resetPerIp: (ip: string): Limit => ({ key: `reset-ip:${ip}`, windowMs: 60 * 60_000, max: 10 }),
  verifyResendPerIp: (ip: string): Limit => ({ key: `verify-resend-ip:${ip}`, windowMs: 60 * 60_000, max: 10 }),
  verifyResendPerAddress: (email: string): Limit => ({
    key: `verify-resend:${email}`,
    windowMs: 60 * 60_000,
    max: 3,
  }),
  apiPerIp: (ip: string): Limit => ({ key: `api-ip:${ip}`, windowMs: 60_000, max: 120 }),
  /** Sign-up, verification, "account exists" and reset e-mails to one address (nobody's mailbox is flooded). */
  authMailPerRecipient: (email: string): Limit => ({
    key: `auth-mail:${email.toLowerCase()}`,
    windowMs: 60 * 60_000,
    max: 5,
  }),
  /** Wrong current passwords on the change-password form of one account. */
  changePasswordPerUser: (userId: string): Limit => ({ key: `change-pw:${userId}`, windowMs: 15 * 60_000, max: 5 }),
};

const windowStart = (l: Limit, now: number) => new Date(Math.floor(now / l.windowMs) * l.windowMs);

/** Counts one hit in the current fixed window; `allowed` is false once the window holds more than `max`. */
export async function hitLimit(db: Db, l: Limit, now = Date.now()): Promise<{ allowed: boolean; count: number }> {
  const [row] = await db
    .insert(rateLimits)
    .values({ key: l.key, windowStart: windowStart(l, now), count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  const count = row?.count ?? 1;
  return { allowed: count <= l.max, count };
}

/** Gives back one hit counted in the current window (an attempt that turned out not to count). */
export async function refundHit(db: Db, l: Limit, now = Date.now()): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(eq(rateLimits.key, l.key), eq(rateLimits.windowStart, windowStart(l, now))));
}

export async function pruneRateLimits(db: Db, olderThanMs = 2 * 60 * 60_000) {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(Date.now() - olderThanMs)));
}
