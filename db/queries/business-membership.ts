import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { businessMembers } from '../schema';

/** Part of building the actor: which business a signed-in user acts for. */
export async function getBusinessIdForUser(userId: string): Promise<string | null> {
  const db = await getDb();
  const [m] = await db
    .select({ businessId: businessMembers.businessId })
    .from(businessMembers)
    .where(eq(businessMembers.userId, userId));
  return m?.businessId ?? null;
}
