import 'server-only';
import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { isExpired } from '@/lib/domain/expiry-reminders';
import { dependentsOf, type ExpiredRegistration } from '@/lib/domain/registration-dependencies';
import { OPEN_SHIPMENT_STATUSES } from '@/lib/domain/shipment-status';
import type { CategoryCode } from '@/lib/rules';
import { scope } from '../scope';
import { getDb, type Db } from '../client';
import { listings, registrations, shipments } from '../schema';

/** How many dependents of each kind are listed by name; the rest are counted. */
const SHOWN = 200;

/** The business's registrations that have expired (the day after their last valid day, UTC). */
export async function expiredRegistrationsOf(
  db: Db,
  businessId: string,
  now = new Date(),
): Promise<ExpiredRegistration[]> {
  const today = now.toISOString().slice(0, 10);
  const rows = await db
    .select({ code: registrations.code, number: registrations.number, expiresOn: registrations.expiresOn })
    .from(registrations)
    .where(
      and(
        eq(registrations.businessId, businessId),
        isNotNull(registrations.expiresOn),
        lt(registrations.expiresOn, today),
      ),
    );
  return rows.filter((r): r is ExpiredRegistration => !!r.expiresOn && isExpired(r.expiresOn, now));
}

export interface ExpiryFlag extends ExpiredRegistration {
  listings: { id: string; label: string }[];
  shipments: { id: string; label: string }[];
}

/**
 * For the seller: each expired registration with the live listings and open shipments that need it
 * (by the dated rules for their category and channel). Bounded reads: one business's live listings
 * and open shipments, newest first, at most SHOWN of each.
 */
export async function getExpiryFlags(actor: Actor, now = new Date()): Promise<ExpiryFlag[]> {
  const { businessId } = scope(actor, 'seller');
  if (!businessId) return [];
  const db = await getDb();
  const expired = await expiredRegistrationsOf(db, businessId, now);
  if (!expired.length) return [];
  const [live, open] = await Promise.all([
    db
      .select({ id: listings.id, published: listings.published })
      .from(listings)
      .where(and(eq(listings.businessId, businessId), eq(listings.live, true)))
      .limit(SHOWN),
    db
      .select({
        id: shipments.id,
        reference: shipments.reference,
        channel: shipments.channel,
        categories: shipments.categories,
      })
      .from(shipments)
      .where(and(eq(shipments.businessId, businessId), inArray(shipments.status, [...OPEN_SHIPMENT_STATUSES])))
      .limit(SHOWN),
  ]);
  const date = now.toISOString().slice(0, 10);
  const listingDeps = dependentsOf(
    expired,
    live.flatMap((l) =>
      l.published
        ? [{ id: l.id, label: l.published.titleEn, categories: [l.published.category], channels: l.published.channels }]
        : [],
    ),
    date,
  );
  const shipmentDeps = dependentsOf(
    expired,
    open.map((s) => ({
      id: s.id,
      label: s.reference,
      categories: s.categories as CategoryCode[],
      channels: [s.channel],
    })),
    date,
  );
  return expired.map((r) => ({
    ...r,
    listings: (listingDeps.get(r.code) ?? []).map(({ id, label }) => ({ id, label })),
    shipments: (shipmentDeps.get(r.code) ?? []).map(({ id, label }) => ({ id, label })),
  }));
}
