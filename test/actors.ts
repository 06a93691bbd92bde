import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { buildActor } from '@/db/queries/acting';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';

/**
 * The actor the guards would build for this user, from the database (memberships, helper grants), as if
 * they had chosen `chosen` with the switcher. Database tests act through it, never through a literal.
 */
export async function actorOf(userId: string, chosen: string | null = null): Promise<Actor> {
  const db = await getDb();
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u) throw new Error(`no user ${userId}`);
  return buildActor(u, chosen);
}
