import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '../client';
import { registrations } from '../schema';

/** The signed-in business's registrations; anyone else has none. */
export async function listMyRegistrations(actor: Actor) {
  if (actor.role !== 'business' || !actor.businessId) return [];
  const db = await getDb();
  return db
    .select()
    .from(registrations)
    .where(eq(registrations.businessId, actor.businessId))
    .orderBy(asc(registrations.code));
}
