import 'server-only';
import { eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '../client';
import { users } from '../schema';

/** The signed-in user's own choice: notifications by e-mail and in-app, or in-app only. */
export async function setEmailNotifications(actor: Actor, enabled: boolean) {
  const db = await getDb();
  await db.update(users).set({ emailNotifications: enabled, updatedAt: new Date() }).where(eq(users.id, actor.userId));
}
