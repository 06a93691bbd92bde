import 'server-only';
import { businessActivity } from '../schema';
import type { Attribution } from '../scope';
import type { Tx } from '../pagination';

export interface Activity {
  /** What happened, as a stable code: `listing.created`, `member.invited`, `helper.revoked` … */
  action: string;
  /** What it was about: `listing:<id>`, `shipment:<id>`, `member:<user id>` … */
  subject?: string;
  /** One plain sentence for the activity log, without the "by …" (the log adds it from the row). */
  summary: string;
}

/**
 * Appends one line to the business's activity log, in the writer's transaction: who (the person, and the
 * helper organisation they acted through) did what for the business. Every write made for a business
 * calls it, so the owner can read everything members and helpers did.
 */
export async function recordActivity(tx: Tx, s: { businessId: string; by: Attribution }, a: Activity) {
  await tx.insert(businessActivity).values({
    businessId: s.businessId,
    actorId: s.by.actorId,
    helperOrganisationId: s.by.helperOrganisationId,
    action: a.action,
    subject: a.subject ?? null,
    summary: a.summary.slice(0, 500),
  });
}
