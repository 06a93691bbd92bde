import 'server-only';
import { eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '../client';
import { users } from '../schema';

/** Whether notifications also go to the signed-in user's e-mail (true) or stay in the app. */
export async function getEmailNotifications(actor: Actor): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ on: users.emailNotifications }).from(users).where(eq(users.id, actor.userId));
  return row?.on ?? true;
}
