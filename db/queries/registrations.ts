import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { scope } from '../scope';
import { getDb } from '../client';
import { registrations } from '../schema';

/** The signed-in business's registrations (none before onboarding step 1). */
export async function listMyRegistrations(actor: Actor) {
  const { businessId } = scope(actor, 'seller');
  if (!businessId) return [];
  const db = await getDb();
  return db
    .select()
    .from(registrations)
    .where(eq(registrations.businessId, businessId))
    .orderBy(asc(registrations.code));
}
