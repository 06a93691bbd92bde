import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { checkShipment } from '@/lib/domain/shipment-documents';
import { FLOW_STEPS } from '@/lib/domain/shipment-status';
import { env } from '@/lib/env';
import type { CategoryCode } from '@/lib/rules';
import type { Db } from './driver';
import {
  businessMembers,
  businesses,
  listings,
  registrations,
  shipmentDocuments,
  shipmentEvents,
  shipmentLines,
  shipments,
} from './schema';

const DAY = 86_400_000;
const PDF = Buffer.from(
  '%PDF-1.4\n% Heartland Gateway demo shipment document\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n',
);

/** The stuck demo shipment: Yakima Ridge's cherries, shipped by sea 60 days ago and silent since. */
export const DEMO_STUCK_SHIPMENT = {
  reference: 'SHP-DEMO-STUCK-01',
  business: 'yakima-ridge-cherries',
  listing: 'washington-bing-cherries-2kg',
  shippedDaysAgo: 60,
} as const;
/** Its GACC registration expires in 28 days, so the reminder job sends the 30-day reminder at start. */
export const DEMO_EXPIRING_REGISTRATION = {
  business: 'yakima-ridge-cherries',
  code: 'gacc_registration',
  daysLeft: 28,
} as const;

/** Mirrors lib/storage/local.ts naming: <uuid>.pdf under a two-character folder. */
function storeDemoPdf(): { storedName: string; sha256: string } {
  const storedName = `${randomUUID()}.pdf`;
  const dir = path.join(path.resolve(env().UPLOAD_DIR), storedName.slice(0, 2));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, storedName), PDF);
  return { storedName, sha256: createHash('sha256').update(PDF).digest('hex') };
}

/**
 * Idempotent demo shipments data: one shipment stuck at "Shipped" (admin stuck list) and one
 * registration expiring within 30 days (the reminder job at start e-mails its business).
 */
export async function seedDemoShipments(db: Db, now = new Date()) {
  const [biz] = await db
    .select({ id: businesses.id })
    .from(businesses)
    .where(eq(businesses.slug, DEMO_STUCK_SHIPMENT.business));
  if (!biz) return;
  const [owner] = await db
    .select({ id: businessMembers.userId })
    .from(businessMembers)
    .where(eq(businessMembers.businessId, biz.id))
    .limit(1);

  // (b) The expiring registration: moved to "28 days from now" only while it is far off, so a second
  // seed run does not restart its reminders.
  const horizon = new Date(now.getTime() + 90 * DAY).toISOString().slice(0, 10);
  await db
    .update(registrations)
    .set({
      expiresOn: new Date(now.getTime() + DEMO_EXPIRING_REGISTRATION.daysLeft * DAY).toISOString().slice(0, 10),
      updatedAt: now,
    })
    .where(
      and(
        eq(registrations.businessId, biz.id),
        eq(registrations.code, DEMO_EXPIRING_REGISTRATION.code),
        or(isNull(registrations.expiresOn), gt(registrations.expiresOn, horizon)),
      ),
    );

  // (a) The stuck shipment.
  const [exists] = await db
    .select({ id: shipments.id })
    .from(shipments)
    .where(eq(shipments.reference, DEMO_STUCK_SHIPMENT.reference));
  if (exists) return;
  const [listing] = await db
    .select()
    .from(listings)
    .where(and(eq(listings.businessId, biz.id), eq(listings.slug, DEMO_STUCK_SHIPMENT.listing)));
  if (!listing) return;
  const content = listing.published ?? listing.content;
  const quantity = 120;
  const line = {
    hs6: content.hs6,
    originState: content.originState,
    category: content.category,
    valueUsdCents: listing.priceUsdCents * quantity,
  };
  const check = checkShipment({
    channel: 'general_trade',
    lines: [
      {
        hs6: line.hs6,
        originState: line.originState,
        valueUsd: line.valueUsdCents / 100,
        category: line.category as CategoryCode,
      },
    ],
  });
  const shippedAt = new Date(now.getTime() - DEMO_STUCK_SHIPMENT.shippedDaysAgo * DAY);
  const createdAt = new Date(shippedAt.getTime() - 6 * DAY);
  const steps = FLOW_STEPS.general_trade.slice(1, FLOW_STEPS.general_trade.indexOf('shipped') + 1);
  const itn = `X${createdAt.toISOString().slice(0, 10).replace(/-/g, '')}204816`;
  await db.transaction(async (tx) => {
    const [s] = await tx
      .insert(shipments)
      .values({
        businessId: biz.id,
        reference: DEMO_STUCK_SHIPMENT.reference,
        channel: 'general_trade',
        buyerName: 'Shenzhen Pacific Fresh Imports Co.',
        buyerCity: 'Shenzhen',
        destination: 'Yantian, Shenzhen',
        incoterm: 'CIF',
        carrier: 'Maersk',
        mode: 'sea',
        valueUsdCents: line.valueUsdCents,
        eeiRequired: check.eeiRequired,
        status: 'shipped',
        statusEnteredAt: shippedAt,
        originStates: [line.originState],
        categories: [line.category],
        searchText: DEMO_STUCK_SHIPMENT.reference.toLowerCase(),
        createdBy: owner?.id ?? null,
        createdAt,
        updatedAt: shippedAt,
      })
      .returning({ id: shipments.id });
    await tx.insert(shipmentLines).values({
      shipmentId: s!.id,
      businessId: biz.id,
      listingId: listing.id,
      title: content.titleEn,
      quantity,
      position: 0,
      ...line,
    });
    await tx.insert(shipmentDocuments).values(
      check.documents.map((d) => ({
        shipmentId: s!.id,
        businessId: biz.id,
        code: d.code,
        state: 'uploaded' as const,
        originalName: `${d.code.replaceAll('_', '-')}.pdf`,
        ...storeDemoPdf(),
        mimeType: 'application/pdf',
        sizeBytes: PDF.byteLength,
        updatedBy: owner?.id ?? null,
        updatedAt: createdAt,
      })),
    );
    await tx.insert(shipmentEvents).values([
      {
        shipmentId: s!.id,
        businessId: biz.id,
        kind: 'note' as const,
        note: 'Shipment created.',
        actorId: owner?.id ?? null,
        occurredAt: createdAt,
        createdAt,
      },
      ...steps.map((status, i) => {
        const at = status === 'shipped' ? shippedAt : new Date(createdAt.getTime() + (i + 1) * DAY);
        const evidence =
          status === 'eei_filed'
            ? check.eeiRequired
              ? { itn }
              : { eeiExemption: 'NOEEI 15 CFR 30.37(a)' }
            : status === 'shipped'
              ? { ...(check.eeiRequired ? { itn } : {}), carrier: 'Maersk', transportNumber: 'MAEU241188530' }
              : {};
        return {
          shipmentId: s!.id,
          businessId: biz.id,
          kind: 'milestone' as const,
          status,
          evidence,
          place: status === 'shipped' ? 'Port of Seattle, WA' : null,
          actorId: owner?.id ?? null,
          occurredAt: at,
          createdAt: at,
        };
      }),
    ]);
  });
}
