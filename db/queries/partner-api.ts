import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor, PartnerCaller } from '@/lib/auth/actor';
import type { ChannelCode } from '@/lib/domain/export-rules';
import { NotFoundError } from '@/lib/errors';
import { getRules } from '@/lib/rules-cache';
import { getDb } from '../client';
import {
  partnerOrganisations,
  purchaseOrderLines,
  purchaseOrders,
  registrations,
  shipmentEvents,
  shipments,
  storefrontListings,
} from '../schema';
import { partnerScope, scope } from '../scope';
import { listFeed, type FeedQuery, type FeedRow } from './feed';

export interface ChannelReadiness {
  channel: ChannelCode;
  /** The product may go through this channel under today's rules. */
  eligible: boolean;
  /** Eligible, and the seller has every registration it must provide on file (not expired). */
  ready: boolean;
  /** Codes of what the seller must still provide. */
  missing: string[];
}

/**
 * The partner catalogue: the public feed's rows (same keyset on (updated_at, id), listings_feed_idx),
 * plus, per listing and channel it is offered in, whether the seller is ready to export through it.
 * One query for the registrations of every seller on the page.
 */
export async function listPartnerCatalogue(partner: PartnerCaller, q: FeedQuery) {
  partnerScope(partner, 'catalogue:read');
  const page = await listFeed(q);
  const live = page.rows.filter((r): r is Extract<FeedRow, { live: true }> => r.live);
  const businessIds = [...new Set(live.map((r) => r.businessId))];
  const db = await getDb();
  const regs = businessIds.length
    ? await db
        .select({ businessId: registrations.businessId, code: registrations.code, expiresOn: registrations.expiresOn })
        .from(registrations)
        .where(inArray(registrations.businessId, businessIds))
    : [];
  const today = new Date().toISOString().slice(0, 10);
  const onFile = new Set(
    regs.filter((r) => !r.expiresOn || r.expiresOn >= today).map((r) => `${r.businessId}/${r.code}`),
  );
  const rules = await getRules();
  const readiness = new Map<string, ChannelReadiness[]>();
  for (const r of live) {
    const p = r.published;
    let results: ReturnType<typeof rules.checkExport>['results'] = [];
    try {
      results = rules
        .checkExport({
          hs: p.hs6,
          state: p.originState,
          childrensWear: p.category === 'apparel' && p.attributes?.childrensWear === true,
        })
        .results.filter((c) => p.channels.includes(c.channel));
    } catch {
      results = []; // an unknown HS code or state in old data: no channel is claimed ready
    }
    readiness.set(
      r.id,
      results.map((c) => {
        const missing = c.requirements
          .filter((q) => q.providedBy === 'seller' && !onFile.has(`${r.businessId}/${q.code}`))
          .map((q) => q.code);
        return { channel: c.channel, eligible: c.eligible, ready: c.eligible && missing.length === 0, missing };
      }),
    );
  }
  return { ...page, readiness };
}

/** The storefronts' reports on one of the business's listings, for its page. */
export async function listStorefrontStatuses(actor: Actor, listingId: string) {
  const s = scope(actor, 'business:view');
  const db = await getDb();
  return db
    .select({
      organisationName: partnerOrganisations.name,
      status: storefrontListings.status,
      storefrontItemId: storefrontListings.storefrontItemId,
      storefrontUrl: storefrontListings.storefrontUrl,
      reason: storefrontListings.reason,
      liveSince: storefrontListings.liveSince,
      reportedAt: storefrontListings.reportedAt,
    })
    .from(storefrontListings)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, storefrontListings.organisationId))
    .where(and(eq(storefrontListings.listingId, listingId), s.owns(storefrontListings.businessId)))
    .orderBy(asc(partnerOrganisations.name));
}

/** The business's purchase orders, newest first (purchase_orders_business_idx). */
export async function listPurchaseOrders(actor: Actor, limit = 100) {
  const s = scope(actor, 'business:view');
  const db = await getDb();
  return db
    .select({ order: purchaseOrders, organisationName: partnerOrganisations.name })
    .from(purchaseOrders)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, purchaseOrders.organisationId))
    .where(s.owns(purchaseOrders.businessId))
    .orderBy(desc(purchaseOrders.createdAt), desc(purchaseOrders.id))
    .limit(limit);
}

async function withLines(orderId: string) {
  const db = await getDb();
  return db
    .select()
    .from(purchaseOrderLines)
    .where(eq(purchaseOrderLines.purchaseOrderId, orderId))
    .orderBy(asc(purchaseOrderLines.position));
}

export async function getPurchaseOrder(actor: Actor, id: string) {
  const s = scope(actor, 'business:view');
  const db = await getDb();
  const [o] = await db
    .select({ order: purchaseOrders, organisationName: partnerOrganisations.name })
    .from(purchaseOrders)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, purchaseOrders.organisationId))
    .where(and(eq(purchaseOrders.id, id), s.owns(purchaseOrders.businessId)));
  if (!o) throw new NotFoundError();
  return { ...o, lines: await withLines(id) };
}

/**
 * The partner's own order with its lines and, once accepted, the shipment's status and the milestones
 * the seller sees (never internal staff notes). Another partner's order is not found.
 */
export async function getPurchaseOrderForPartner(partner: PartnerCaller, id: string) {
  const p = partnerScope(partner, 'purchase_orders:write');
  const db = await getDb();
  const [o] = await db
    .select()
    .from(purchaseOrders)
    .where(and(eq(purchaseOrders.id, id), p.owns(purchaseOrders.organisationId)));
  if (!o) throw new NotFoundError();
  const lines = await withLines(id);
  if (!o.shipmentId) return { order: o, lines, shipment: null };
  const [s] = await db
    .select({ reference: shipments.reference, status: shipments.status, statusEnteredAt: shipments.statusEnteredAt })
    .from(shipments)
    .where(eq(shipments.id, o.shipmentId));
  const events = await db
    .select({
      kind: shipmentEvents.kind,
      status: shipmentEvents.status,
      place: shipmentEvents.place,
      occurredAt: shipmentEvents.occurredAt,
    })
    .from(shipmentEvents)
    .where(
      and(
        eq(shipmentEvents.shipmentId, o.shipmentId),
        eq(shipmentEvents.visibility, 'seller'),
        inArray(shipmentEvents.kind, ['milestone', 'exception', 'release']),
      ),
    )
    .orderBy(asc(shipmentEvents.createdAt), asc(shipmentEvents.id));
  return { order: o, lines, shipment: s ? { ...s, milestones: events } : null };
}
