import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { announceStoreChange } from '@/lib/store';
import { getDb } from '../client';
import { scope } from '../scope';
import { exchangeRates } from '../schema';

export async function setExchangeRate(
  actor: Actor,
  input: { usdCnyMicro: number; effectiveOn: string; source: string },
) {
  scope(actor, 'admin');
  const db = await getDb();
  await db.insert(exchangeRates).values({ ...input, setBy: actor.userId });
  // Every CNY price follows the newest rate.
  announceStoreChange('all');
}
