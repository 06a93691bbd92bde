import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Actor, PartnerCaller } from '@/lib/auth/actor';
import { decideOrder, type StorefrontStatus } from '@/lib/domain/partners';
import { kickOutbox } from '@/lib/email/outbox-worker';
import { purchaseOrderDto } from '@/lib/api/partner-dto';
import { announceStoreChange } from '@/lib/store';
import { kickWebhooks } from '@/lib/webhooks/worker';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { getRules } from '@/lib/rules-cache';
import type { PurchaseOrderInput, StorefrontStatusInput } from '@/lib/validation/partner-api';
import { getDb } from '../client';
import {
  listingEvents,
  listings,
  partnerOrganisations,
  purchaseOrderLines,
  purchaseOrders,
  storefrontListings,
} from '../schema';
import { attributionOf, partnerScope, scope } from '../scope';
import { notifyBusiness } from './notify';
import type { Tx } from '../pagination';
import { insertShipment } from './shipments';
import { enqueueWebhookEvent } from './webhooks';

// What partners send through the API (storefront status reports, purchase orders) and the seller's
// answer to an order. Each change is an event row and a notice in the same transaction.

const STATUS_TITLES: Record<StorefrontStatus, (org: string) => string> = {
  received: (org) => `Received by ${org}`,
  live: (org) => `Live on ${org}`,
  rejected: (org) => `Rejected by ${org}`,
  withdrawn: (org) => `Withdrawn from ${org}`,
};

/**
 * A storefront partner reports what became of a listing it carries. Only listings in the catalogue
 * (approved at least once) can be reported; anything else is not found. `live_since` survives later
 * "live" reports (an updated item URL) and is cleared when the listing leaves the storefront.
 */
export async function reportStorefrontStatus(partner: PartnerCaller, listingId: string, input: StorefrontStatusInput) {
  const { organisationId } = partnerScope(partner, 'listing_status:write');
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const [l] = await tx
      .select({ id: listings.id, businessId: listings.businessId, published: listings.published })
      .from(listings)
      .where(and(eq(listings.id, listingId), isNotNull(listings.published)));
    if (!l) throw new NotFoundError();
    const live = input.status === 'live';
    const values = {
      organisationId,
      listingId,
      businessId: l.businessId,
      status: input.status,
      storefrontItemId: input.storefrontItemId ?? null,
      storefrontUrl: input.storefrontUrl ?? null,
      reason: input.reason ?? null,
      reportedAt: sql`now()`,
    };
    const [row] = await tx
      .insert(storefrontListings)
      .values({ ...values, liveSince: live ? sql`now()` : null })
      .onConflictDoUpdate({
        target: [storefrontListings.organisationId, storefrontListings.listingId],
        set: {
          ...values,
          liveSince: live
            ? sql`case when ${storefrontListings.status} = 'live' then ${storefrontListings.liveSince} else now() end`
            : null,
        },
      })
      .returning();
    const title = STATUS_TITLES[input.status](partner.organisationName);
    const detail = [
      input.storefrontItemId ? `item ${input.storefrontItemId}` : null,
      input.storefrontUrl ?? null,
      input.reason ? `reason: ${input.reason}` : null,
    ].filter(Boolean);
    await tx.insert(listingEvents).values({
      listingId,
      businessId: l.businessId,
      action: 'storefront_status',
      toStatus: input.status,
      message: detail.length ? `${title} (${detail.join('; ')})` : title,
    });
    await notifyBusiness(tx, l.businessId, 'listings:write', {
      title: `${l.published!.titleEn}: ${title}`,
      lines: [
        `${partner.organisationName} reports that “${l.published!.titleEn}” is ${input.status} on its storefront.`,
        ...(input.storefrontUrl ? [`Its page there: ${input.storefrontUrl}`] : []),
        ...(input.reason ? [`Reason: ${input.reason}`] : []),
      ],
      path: `/products/${listingId}`,
      actionLabel: 'Open the listing',
    });
    return row!;
  });
  kickOutbox();
  return result;
}

const orderReference = () =>
  `PO-${new Date().toISOString().slice(2, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex').toUpperCase()}`;

/**
 * A partner's purchase order for one seller's live listings. Stock is checked here and reserved only
 * when the seller accepts. Refusals name the line at fault (`lines.<i>.<field>`).
 */
export async function createPurchaseOrder(partner: PartnerCaller, input: PurchaseOrderInput) {
  const { organisationId } = partnerScope(partner, 'purchase_orders:write');
  const db = await getDb();
  const ids = input.lines.map((l) => l.listingId);
  const found = await db
    .select({
      id: listings.id,
      businessId: listings.businessId,
      live: listings.live,
      published: listings.published,
      priceUsdCents: listings.priceUsdCents,
      stock: listings.stock,
    })
    .from(listings)
    .where(inArray(listings.id, ids));
  const byId = new Map(found.map((l) => [l.id, l]));
  const errors: Record<string, string> = {};
  const sellers = new Set<string>();
  input.lines.forEach((line, i) => {
    const l = byId.get(line.listingId);
    if (!l || !l.live || !l.published) {
      errors[`lines.${i}.listingId`] = 'This listing is not live in the catalogue.';
      return;
    }
    sellers.add(l.businessId);
    if (line.quantity < l.published.minOrder)
      errors[`lines.${i}.quantity`] = `The seller's minimum order is ${l.published.minOrder}.`;
    else if (line.quantity > l.stock) errors[`lines.${i}.quantity`] = `Only ${l.stock} in stock.`;
  });
  if (sellers.size > 1) errors.lines = 'All lines must be listings of one seller; send one order per seller.';
  if (Object.keys(errors).length) throw new DomainError('The order has errors.', errors);
  const businessId = [...sellers][0]!;
  const lines = input.lines.map((line, i) => {
    const l = byId.get(line.listingId)!;
    return {
      listingId: l.id,
      title: l.published!.titleEn,
      quantity: line.quantity,
      unitPriceUsdCents: l.priceUsdCents,
      position: i,
    };
  });
  const order = await db.transaction(async (tx) => {
    const [o] = await tx
      .insert(purchaseOrders)
      .values({
        organisationId,
        businessId,
        reference: orderReference(),
        partnerReference: input.reference ?? null,
        channel: input.channel,
        mode: input.mode,
        incoterm: input.incoterm,
        requestedDate: input.requestedDate,
        destinationKind: input.destination.kind,
        destination: input.destination.name,
        buyerCity: input.buyerCity,
        valueUsdCents: lines.reduce((a, l) => a + l.unitPriceUsdCents * l.quantity, 0),
      })
      .returning();
    const written = await tx
      .insert(purchaseOrderLines)
      .values(lines.map((l) => ({ ...l, purchaseOrderId: o!.id })))
      .returning();
    await notifyBusiness(tx, businessId, 'shipments:write', {
      title: `Purchase order ${o!.reference} from ${partner.organisationName}`,
      lines: [
        `${partner.organisationName} orders ${lines.map((l) => `${l.quantity} × ${l.title}`).join(', ')}, ${input.incoterm} ${input.destination.name}, by ${input.requestedDate}.`,
        'Accept it to create a shipment draft (the stock is reserved), or decline it with a reason.',
      ],
      path: `/purchase-orders/${o!.id}`,
      actionLabel: 'Open the order',
    });
    return { order: o!, lines: written.sort((a, b) => a.position - b.position) };
  });
  kickOutbox();
  return order;
}

async function lockOrder(tx: Tx, actor: Actor, id: string) {
  const s = scope(actor, 'shipments:write');
  const [o] = await tx
    .select({ order: purchaseOrders, organisationName: partnerOrganisations.name })
    .from(purchaseOrders)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, purchaseOrders.organisationId))
    .where(and(eq(purchaseOrders.id, id), s.owns(purchaseOrders.businessId)))
    .for('update', { of: purchaseOrders });
  if (!o) throw new NotFoundError();
  return { ...o, by: s.by };
}

/**
 * The seller accepts: a shipment draft with the order's lines, buyer and channel, and the stock
 * reserved (taken from the listing's available stock), all in one transaction; an order decided
 * already, or stock sold in the meantime, changes nothing.
 */
export async function acceptPurchaseOrder(actor: Actor, orderId: string) {
  const db = await getDb();
  const rules = await getRules();
  const result = await db.transaction(async (tx) => {
    const { order: o, organisationName } = await lockOrder(tx, actor, orderId);
    const d = decideOrder(o.status, 'accept');
    if (!d.ok) throw new ConflictError(d.error);
    const lines = await tx
      .select()
      .from(purchaseOrderLines)
      .where(eq(purchaseOrderLines.purchaseOrderId, o.id))
      .orderBy(purchaseOrderLines.position);
    const shipment = await insertShipment(
      tx,
      attributionOf(actor),
      o.businessId,
      {
        channel: o.channel,
        buyerName: organisationName,
        buyerCity: o.buyerCity,
        destination: `${o.destination} (${o.destinationKind === 'bonded_warehouse' ? 'bonded warehouse' : 'port'})`,
        mode: o.mode,
        incoterm: o.incoterm,
        carrier: 'To be booked',
        lines: lines.map((l) => ({
          listingId: l.listingId,
          quantity: l.quantity,
          valueUsd: ((l.unitPriceUsdCents * l.quantity) / 100).toFixed(2),
        })),
      },
      rules,
      `Created from purchase order ${o.reference} of ${organisationName}.`,
    );
    for (const l of lines) {
      const reserved = await tx
        .update(listings)
        .set({ stock: sql`${listings.stock} - ${l.quantity}`, updatedAt: new Date() })
        .where(and(eq(listings.id, l.listingId), sql`${listings.stock} >= ${l.quantity}`))
        .returning({ id: listings.id });
      if (!reserved.length)
        throw new DomainError(`Not enough stock left for “${l.title}”.`, { lines: `Not enough stock for ${l.title}.` });
    }
    await tx
      .update(purchaseOrders)
      .set({
        status: d.to,
        shipmentId: shipment.id,
        decidedBy: actor.userId,
        decidedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(purchaseOrders.id, o.id));
    const accepted = { ...o, status: d.to, shipmentId: shipment.id, decidedAt: new Date() };
    await enqueueWebhookEvent(
      tx,
      'purchase_order.accepted',
      {
        purchaseOrder: purchaseOrderDto(accepted, lines, {
          reference: shipment.reference,
          status: 'draft',
          statusEnteredAt: new Date(),
          milestones: [],
        }),
      },
      { partners: [o.organisationId], businesses: [o.businessId] },
    );
    return {
      order: { ...o, status: d.to, shipmentId: shipment.id },
      shipment,
      organisationName,
      listingIds: lines.map((l) => l.listingId),
    };
  });
  // The storefront shows stock: its cached pages of these listings expire once the reservation commits.
  announceStoreChange({ listings: result.listingIds });
  kickWebhooks();
  return result;
}

export async function declinePurchaseOrder(actor: Actor, orderId: string, reason: string) {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const { order: o, organisationName } = await lockOrder(tx, actor, orderId);
    const d = decideOrder(o.status, 'decline');
    if (!d.ok) throw new ConflictError(d.error);
    await tx
      .update(purchaseOrders)
      .set({
        status: d.to,
        declineReason: reason,
        decidedBy: actor.userId,
        decidedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(purchaseOrders.id, o.id));
    const declined = { ...o, status: d.to, declineReason: reason, decidedAt: new Date() };
    const lines = await tx
      .select()
      .from(purchaseOrderLines)
      .where(eq(purchaseOrderLines.purchaseOrderId, o.id))
      .orderBy(purchaseOrderLines.position);
    await enqueueWebhookEvent(
      tx,
      'purchase_order.declined',
      { purchaseOrder: purchaseOrderDto(declined, lines, null) },
      { partners: [o.organisationId], businesses: [o.businessId] },
    );
    return { order: declined, organisationName };
  });
  kickWebhooks();
  return result;
}
