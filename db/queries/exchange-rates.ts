import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { scope } from '../scope';
import { getDb } from '../client';
import { exchangeRates, users } from '../schema';

/** A USD→CNY rate as the storefront and the feed use it. */
export interface RateDto {
  id: string;
  usdCnyMicro: number;
  effectiveOn: string;
}

/**
 * The rate that prices the storefront: the newest effective date, the latest entry on that date.
 * Public by design (its value is printed on every product page), so no actor.
 */
export async function getLatestExchangeRate(): Promise<RateDto | null> {
  const db = await getDb();
  const [r] = await db
    .select({ id: exchangeRates.id, usdCnyMicro: exchangeRates.usdCnyMicro, effectiveOn: exchangeRates.effectiveOn })
    .from(exchangeRates)
    .orderBy(desc(exchangeRates.effectiveOn), desc(exchangeRates.createdAt))
    .limit(1);
  return r ?? null;
}

/** Rate history for the admin page, newest first (a few entries a week: a bounded list). */
export async function listExchangeRates(actor: Actor, limit = 200) {
  scope(actor, 'admin');
  const db = await getDb();
  return db
    .select({
      id: exchangeRates.id,
      usdCnyMicro: exchangeRates.usdCnyMicro,
      effectiveOn: exchangeRates.effectiveOn,
      source: exchangeRates.source,
      createdAt: exchangeRates.createdAt,
      setBy: users.email,
    })
    .from(exchangeRates)
    .leftJoin(users, eq(users.id, exchangeRates.setBy))
    .orderBy(desc(exchangeRates.effectiveOn), desc(exchangeRates.createdAt))
    .limit(limit);
}
