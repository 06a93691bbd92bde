import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from './driver';
import { businesses, registrations } from './schema';

const DAY = 86_400_000;

/**
 * Sandhills Workwear's domestic agent registration (needed for its cross-border apparel) expired 25
 * days ago, so its dashboard, product list and Registrations page show what an expired registration
 * flags, and the renewal can be tried. Set only while it has no expiry date, so a second seed run
 * leaves a renewal alone.
 */
export const DEMO_EXPIRED_REGISTRATION = {
  business: 'sandhills-apparel',
  code: 'domestic_agent',
  daysAgo: 25,
} as const;

export async function seedDemoRegistrations(db: Db, now = new Date()) {
  const [biz] = await db
    .select({ id: businesses.id })
    .from(businesses)
    .where(eq(businesses.slug, DEMO_EXPIRED_REGISTRATION.business));
  if (!biz) return;
  await db
    .update(registrations)
    .set({
      expiresOn: new Date(now.getTime() - DEMO_EXPIRED_REGISTRATION.daysAgo * DAY).toISOString().slice(0, 10),
      updatedAt: now,
    })
    .where(
      and(
        eq(registrations.businessId, biz.id),
        eq(registrations.code, DEMO_EXPIRED_REGISTRATION.code),
        isNull(registrations.expiresOn),
      ),
    );
}
