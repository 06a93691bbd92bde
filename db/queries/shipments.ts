import 'server-only';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { registrationsNeeded } from '@/lib/domain/registration-dependencies';
import { documentStatus, missingFor, toDomainEvents } from '@/lib/domain/shipment-checks';
import { correctionOf, nextMilestones, requiredEvidence, type ShipmentMilestone } from '@/lib/domain/shipment-status';
import { daysInStatus, isStuck } from '@/lib/domain/shipment-stuck';
import { actorLabel } from '@/lib/domain/team';
import { getRules } from '@/lib/rules-cache';
import type { CategoryCode } from '@/lib/rules';
import { NotFoundError } from '@/lib/errors';
import { getDb, type Db } from '../client';
import type { Tx } from '../pagination';
import {
  businesses,
  helperOrganisations,
  listings,
  shipmentDocuments,
  shipmentEvents,
  shipmentLines,
  shipments,
  users,
} from '../schema';
import { scope } from '../scope';
import { expiredRegistrationsOf } from './expiry-flags';

/**
 * Tenant scope: staff see and act on every shipment; someone acting for a business, its own (reading
 * needs business:view, writing shipments:write); anyone else nothing.
 */
export function shipmentScope(
  actor: Actor,
  id: string,
  need: 'business:view|staff' | 'shipments:write|staff' = 'business:view|staff',
): SQL {
  return and(eq(shipments.id, id), scope(actor, need).owns(shipments.businessId))!;
}

export async function loadEvents(db: Db | Tx, shipmentId: string) {
  return db
    .select()
    .from(shipmentEvents)
    .where(eq(shipmentEvents.shipmentId, shipmentId))
    .orderBy(asc(shipmentEvents.createdAt), asc(shipmentEvents.id));
}

/** One shipment with its lines, documents and timeline. Another business's shipment is NotFound. */
export async function getShipment(actor: Actor, id: string) {
  const db = await getDb();
  const [s] = await db.select().from(shipments).where(shipmentScope(actor, id));
  if (!s) throw new NotFoundError();
  const { staff } = scope(actor, 'business:view|staff');
  const [lines, docRows, eventRows, [business], expired] = await Promise.all([
    db.select().from(shipmentLines).where(eq(shipmentLines.shipmentId, s.id)).orderBy(asc(shipmentLines.position)),
    db.select().from(shipmentDocuments).where(eq(shipmentDocuments.shipmentId, s.id)),
    db
      .select({
        event: shipmentEvents,
        actorName: users.name,
        actorRole: users.role,
        organisationName: helperOrganisations.name,
      })
      .from(shipmentEvents)
      .leftJoin(users, eq(users.id, shipmentEvents.actorId))
      .leftJoin(helperOrganisations, eq(helperOrganisations.id, shipmentEvents.helperOrganisationId))
      .where(eq(shipmentEvents.shipmentId, s.id))
      .orderBy(asc(shipmentEvents.createdAt), asc(shipmentEvents.id)),
    db.select({ legalName: businesses.legalName }).from(businesses).where(eq(businesses.id, s.businessId)),
    expiredRegistrationsOf(db, s.businessId),
  ]);
  const docs = documentStatus(s, lines, docRows, await getRules());
  const corrections = correctionOf(toDomainEvents(eventRows.map((e) => e.event)));
  const now = new Date();
  const actorKind = staff ? 'staff' : 'seller';
  const next = nextMilestones(
    s.channel,
    { status: s.status, enteredAt: s.statusEnteredAt, heldFrom: (s.heldFrom as ShipmentMilestone | null) ?? null },
    actorKind,
  );
  return {
    shipment: s,
    businessName: business?.legalName ?? '',
    lines,
    documents: docs.docs,
    eeiRequired: docs.check.eeiRequired,
    next: next.map((target) => ({
      target,
      evidence: requiredEvidence(target, { mode: s.mode, eeiRequired: s.eeiRequired }),
      missing: missingFor(s.channel, target, docs.check.documents, docs.satisfied).map((d) => d.title),
    })),
    // The seller never sees internal events.
    events: eventRows
      .filter(({ event }) => staff || event.visibility === 'seller')
      .map(({ event, actorName, actorRole, organisationName }) => ({
        ...event,
        actorName: actorLabel({ actorName, organisationName, businessName: business?.legalName }),
        actorRole: actorRole ?? null,
        voidedBy: corrections.get(event.id) ?? null,
      })),
    daysInStatus: daysInStatus(s.statusEnteredAt, now),
    stuck: isStuck(s.status, s.mode, s.statusEnteredAt, now),
    // Only the expired registrations this shipment's products need on its channel.
    expiredRegistrations: expired.filter((r) =>
      registrationsNeeded({
        categories: s.categories as CategoryCode[],
        channels: [s.channel],
        date: now.toISOString().slice(0, 10),
      }).has(r.code),
    ),
  };
}
export type ShipmentBundle = Awaited<ReturnType<typeof getShipment>>;

/** A shipment document file the actor may read (own business or staff); otherwise NotFound. */
export async function getShipmentDocumentForDownload(actor: Actor, documentId: string) {
  const mine = scope(actor, 'business:view|staff');
  const db = await getDb();
  const [doc] = await db
    .select()
    .from(shipmentDocuments)
    .where(and(eq(shipmentDocuments.id, documentId), mine.owns(shipmentDocuments.businessId)));
  if (!doc || doc.state !== 'uploaded' || !doc.storedName || !doc.mimeType) throw new NotFoundError();
  return { ...doc, storedName: doc.storedName, mimeType: doc.mimeType, originalName: doc.originalName ?? 'document' };
}

/** The business's live listings, for the new-shipment form. */
export async function listShippableListings(actor: Actor) {
  const { businessId } = scope(actor, 'business:view');
  const db = await getDb();
  const rows = await db
    .select()
    .from(listings)
    .where(and(eq(listings.businessId, businessId), eq(listings.live, true)))
    .orderBy(asc(listings.slug));
  return rows.map((l) => ({
    id: l.id,
    title: (l.published ?? l.content).titleEn,
    priceUsdCents: l.priceUsdCents,
    stock: l.stock,
  }));
}
