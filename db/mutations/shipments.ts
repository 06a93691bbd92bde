import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { checkShipment } from '@/lib/domain/shipment-documents';
import type { ExportRules } from '@/lib/domain/export-rules';
import { getRules } from '@/lib/rules-cache';
import { correctEvent, recordMilestone, STATUS_LABELS, type ShipmentMilestone } from '@/lib/domain/shipment-status';
import { checkUpload } from '@/lib/domain/uploads';
import { kickOutbox } from '@/lib/email/outbox-worker';
import { kickWebhooks } from '@/lib/webhooks/worker';
import { DomainError, NotFoundError } from '@/lib/errors';
import { putFile, removeFile } from '@/lib/storage';
import type { MilestoneInput, ShipmentInput } from '@/lib/validation/shipment';
import { attributionOf, scope, type Attribution } from '../scope';
import { getDb } from '../client';
import { documentStatus, lineInputs, missingFor, toDomainEvents } from '@/lib/domain/shipment-checks';
import { loadEvents, shipmentScope } from '../queries/shipments';
import {
  listings,
  purchaseOrders,
  shipmentDocuments,
  shipmentEvents,
  shipmentLines,
  shipments,
  type Shipment,
} from '../schema';
import { recordActivity } from './activity';
import { notifyBusiness } from './notify';
import { enqueueWebhookEvent } from './webhooks';
import type { Tx } from '../pagination';

function requireBusiness(actor: Actor): string {
  return scope(actor, 'shipments:write').businessId;
}

const reference = () =>
  `SHP-${new Date().toISOString().slice(2, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex').toUpperCase()}`;

/**
 * A new shipment of the business's own live listings. Stock is checked, not reserved: the shipment
 * records an export order the seller already has, and stock is the seller's to manage.
 */
export async function createShipment(actor: Actor, input: ShipmentInput): Promise<{ id: string; reference: string }> {
  const businessId = requireBusiness(actor);
  const db = await getDb();
  const rules = await getRules();
  return db.transaction((tx) => insertShipment(tx, attributionOf(actor), businessId, input, rules));
}

/**
 * The checks and writes of a new shipment, in the caller's transaction: also how an accepted purchase
 * order becomes a shipment draft (db/mutations/purchase-orders.ts), after the caller has authorized.
 * The caller loads the rules before opening the transaction: their first load reads the database, which
 * on the embedded engine (one connection) would wait for the open transaction forever.
 */
export async function insertShipment(
  tx: Tx,
  by: Attribution,
  businessId: string,
  input: ShipmentInput,
  rules: ExportRules,
  note = 'Shipment created.',
): Promise<{ id: string; reference: string }> {
  const ids = [...new Set(input.lines.map((l) => l.listingId))];
  if (ids.length !== input.lines.length)
    throw new DomainError('Each product may appear once; change its quantity instead.', {
      lines: 'Each product may appear once.',
    });
  // Scoped to the business: another business's listing reads as "not one of your products".
  const found = await tx
    .select()
    .from(listings)
    .where(and(inArray(listings.id, ids), eq(listings.businessId, businessId)));
  const byId = new Map(found.map((l) => [l.id, l]));
  const fieldErrors: Record<string, string> = {};
  const lines = input.lines.map((l, i) => {
    const listing = byId.get(l.listingId);
    if (!listing) {
      fieldErrors[`lines.${i}.listingId`] = 'This is not one of your products.';
      return null;
    }
    const content = listing.published ?? listing.content;
    if (!listing.live)
      fieldErrors[`lines.${i}.listingId`] =
        `“${content.titleEn}” is not live on the storefront, so it cannot be shipped. Publish it first.`;
    else if (l.quantity > listing.stock)
      fieldErrors[`lines.${i}.quantity`] =
        `Only ${listing.stock} in stock for “${content.titleEn}”; you asked for ${l.quantity}.`;
    const valueUsdCents =
      l.valueUsd !== undefined ? Math.round(Number(l.valueUsd) * 100) : listing.priceUsdCents * l.quantity;
    return {
      listingId: listing.id,
      title: content.titleEn,
      quantity: l.quantity,
      valueUsdCents,
      hs6: content.hs6,
      originState: content.originState,
      category: content.category,
      childrensWear: content.category === 'apparel' && content.attributes?.childrensWear === true,
      position: i,
    };
  });
  if (Object.keys(fieldErrors).length) throw new DomainError(Object.values(fieldErrors)[0]!, fieldErrors);
  const ok = lines.filter((l): l is NonNullable<typeof l> => l !== null);
  const check = checkShipment({ channel: input.channel, lines: lineInputs(ok) }, rules);
  if (check.blockers.length) {
    const b = check.blockers[0]!;
    throw new DomainError(`${ok[b.line]!.title} cannot go through this channel: ${b.message}`, { channel: b.message });
  }
  const ref = reference();
  const value = ok.reduce((a, l) => a + l.valueUsdCents, 0);
  const [s] = await tx
    .insert(shipments)
    .values({
      businessId,
      reference: ref,
      channel: input.channel,
      buyerName: input.buyerName,
      buyerCity: input.buyerCity,
      destination: input.destination,
      incoterm: input.incoterm,
      carrier: input.carrier,
      mode: input.mode,
      valueUsdCents: value,
      eeiRequired: check.eeiRequired,
      originStates: [...new Set(ok.map((l) => l.originState))],
      categories: [...new Set(ok.map((l) => l.category))],
      searchText: ref.toLowerCase(),
      createdBy: by.actorId,
    })
    .returning({ id: shipments.id });
  await tx.insert(shipmentLines).values(ok.map((l) => ({ ...l, shipmentId: s!.id, businessId })));
  await tx
    .insert(shipmentDocuments)
    .values(check.documents.map((d) => ({ shipmentId: s!.id, businessId, code: d.code })));
  await tx.insert(shipmentEvents).values({
    shipmentId: s!.id,
    businessId,
    kind: 'note',
    note,
    ...by,
    occurredAt: new Date(),
  });
  await recordActivity(
    tx,
    { businessId, by },
    {
      action: 'shipment.created',
      subject: `shipment:${s!.id}`,
      summary: `Created shipment ${ref} to ${input.buyerName}`,
    },
  );
  return { id: s!.id, reference: ref };
}

/** The shipment, locked, if the actor may write to it (owner business or staff); otherwise NotFound. */
async function lockShipment(tx: Tx, actor: Actor, id: string): Promise<Shipment> {
  const [s] = await tx
    .select()
    .from(shipments)
    .where(shipmentScope(actor, id, 'shipments:write|staff'))
    .for('update');
  if (!s) throw new NotFoundError();
  return s;
}

async function requiredDocument(tx: Tx, rules: ExportRules, s: Shipment, code: string) {
  const lines = await tx.select().from(shipmentLines).where(eq(shipmentLines.shipmentId, s.id));
  const rows = await tx.select().from(shipmentDocuments).where(eq(shipmentDocuments.shipmentId, s.id));
  const doc = documentStatus(s, lines, rows, rules).docs.find((d) => d.rule.code === code);
  if (!doc)
    throw new DomainError('This document is not required for this shipment.', { code: 'Choose a required document.' });
  return doc;
}

export async function uploadShipmentDocument(
  actor: Actor,
  input: {
    shipmentId: string;
    code: string;
    fileName: string;
    bytes: Uint8Array;
    issueDate?: string;
    expiryDate?: string;
  },
) {
  scope(actor, 'shipments:write');
  const check = checkUpload(input.fileName, input.bytes.byteLength, input.bytes.subarray(0, 16));
  if (!check.ok) throw new DomainError(check.error, { file: check.error });
  const rules = await getRules();
  const db = await getDb();
  const stored = await putFile(input.bytes, check.mime);
  let previous: string | null = null;
  try {
    const out = await db.transaction(async (tx) => {
      const s = await lockShipment(tx, actor, input.shipmentId);
      const { rule, row } = await requiredDocument(tx, rules, s, input.code);
      if (input.expiryDate && input.expiryDate < new Date().toISOString().slice(0, 10)) {
        throw new DomainError(`This ${rule.title} expired on ${input.expiryDate}; upload a valid one.`, {
          expiryDate: 'The document has expired.',
        });
      }
      previous = row?.storedName ?? null;
      const values = {
        state: 'uploaded' as const,
        originalName: input.fileName,
        storedName: stored.storedName,
        mimeType: check.mime,
        sizeBytes: input.bytes.byteLength,
        sha256: stored.sha256,
        issueDate: rule.hasIssueDate ? (input.issueDate ?? null) : null,
        expiryDate: rule.hasExpiry ? (input.expiryDate ?? null) : null,
        naReason: null,
        updatedBy: actor.userId,
        updatedAt: new Date(),
      };
      await tx
        .insert(shipmentDocuments)
        .values({ shipmentId: s.id, businessId: s.businessId, code: input.code, ...values })
        .onConflictDoUpdate({ target: [shipmentDocuments.shipmentId, shipmentDocuments.code], set: values });
      await tx.insert(shipmentEvents).values({
        shipmentId: s.id,
        businessId: s.businessId,
        kind: 'note',
        note: `Uploaded ${input.fileName} for ${rule.title}.`,
        ...attributionOf(actor),
        occurredAt: new Date(),
      });
      await recordActivity(
        tx,
        { businessId: s.businessId, by: attributionOf(actor) },
        {
          action: 'shipment.document_uploaded',
          subject: `shipment:${s.id}`,
          summary: `Uploaded ${input.fileName} for ${rule.title} on shipment ${s.reference}`,
        },
      );
      return { code: input.code };
    });
    if (previous) await removeFile(previous).catch(() => {});
    return out;
  } catch (e) {
    await removeFile(stored.storedName);
    throw e;
  }
}

export async function markDocumentNotApplicable(
  actor: Actor,
  input: { shipmentId: string; code: string; reason: string },
) {
  scope(actor, 'shipments:write');
  const rules = await getRules();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const s = await lockShipment(tx, actor, input.shipmentId);
    const { rule } = await requiredDocument(tx, rules, s, input.code);
    if (!rule.notApplicableAllowed)
      throw new DomainError(`${rule.title} is always required for this shipment; it cannot be marked not applicable.`, {
        reason: 'Not allowed for this document.',
      });
    if (!input.reason.trim()) throw new DomainError('Say why it does not apply.', { reason: 'Reason is required.' });
    const values = {
      state: 'not_applicable' as const,
      naReason: input.reason.trim(),
      updatedBy: actor.userId,
      updatedAt: new Date(),
    };
    await tx
      .insert(shipmentDocuments)
      .values({ shipmentId: s.id, businessId: s.businessId, code: input.code, ...values })
      .onConflictDoUpdate({ target: [shipmentDocuments.shipmentId, shipmentDocuments.code], set: values });
    await tx.insert(shipmentEvents).values({
      shipmentId: s.id,
      businessId: s.businessId,
      kind: 'note',
      note: `${rule.title} marked not applicable: ${input.reason.trim()}`,
      ...attributionOf(actor),
      occurredAt: new Date(),
    });
    await recordActivity(
      tx,
      { businessId: s.businessId, by: attributionOf(actor) },
      {
        action: 'shipment.document_not_applicable',
        subject: `shipment:${s.id}`,
        summary: `Marked ${rule.title} not applicable on shipment ${s.reference}`,
      },
    );
  });
}

/** Writes the folded position; the row lock taken in lockShipment makes the compare-and-set safe. */
async function setPosition(
  tx: Tx,
  s: Shipment,
  pos: { status: Shipment['status']; enteredAt: Date | null; heldFrom: string | null },
) {
  await tx
    .update(shipments)
    .set({
      status: pos.status,
      statusEnteredAt: pos.enteredAt ?? s.createdAt,
      heldFrom: pos.heldFrom,
      updatedAt: new Date(),
    })
    .where(eq(shipments.id, s.id));
}

/** Records a milestone, exception or hold release, checked by the machine; staff-recorded ones notify the seller. */
export async function recordShipmentMilestone(
  actor: Actor,
  shipmentId: string,
  input: MilestoneInput,
  now = new Date(),
) {
  const { staff } = scope(actor, 'shipments:write|staff');
  const rules = await getRules();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const s = await lockShipment(tx, actor, shipmentId);
    const lines = await tx.select().from(shipmentLines).where(eq(shipmentLines.shipmentId, s.id));
    const rows = await tx.select().from(shipmentDocuments).where(eq(shipmentDocuments.shipmentId, s.id));
    const docs = documentStatus(s, lines, rows, rules);
    const missing = missingFor(s.channel, input.target, docs.check.documents, docs.satisfied);
    const carrier = input.carrier ?? s.carrier;
    const r = recordMilestone(
      s.channel,
      {
        status: s.status,
        enteredAt: s.status === 'draft' ? null : s.statusEnteredAt,
        heldFrom: (s.heldFrom as ShipmentMilestone | null) ?? null,
      },
      input.target,
      {
        actor: staff ? 'staff' : 'seller',
        occurredAt: input.occurredAt,
        now,
        mode: s.mode,
        reason: input.reason,
        documentsReady: missing.length === 0,
        missingDocuments: missing.map((d) => d.title),
        eeiRequired: s.eeiRequired,
        itn: input.itn,
        eeiExemption: input.eeiExemption,
        carrier,
        transportNumber: input.transportNumber,
        trackingNumber: input.trackingNumber,
      },
    );
    if (!r.ok) throw new DomainError(r.error, { [fieldFor(r.code)]: r.error });
    // The ITN filed at "EEI filed" counts as evidence for "shipped" too.
    const evidence = Object.fromEntries(
      Object.entries({
        itn: input.itn,
        eeiExemption: input.eeiExemption,
        carrier: input.target === 'shipped' ? carrier : undefined,
        transportNumber: input.transportNumber,
        trackingNumber: input.trackingNumber,
      }).filter(([, v]) => v),
    );
    const visibility = staff ? (input.visibility ?? 'seller') : 'seller';
    await tx.insert(shipmentEvents).values({
      shipmentId: s.id,
      businessId: s.businessId,
      kind: r.kind,
      status: r.to,
      reason: input.reason ?? null,
      note: input.note ?? null,
      visibility,
      evidence,
      place: input.place ?? null,
      ...attributionOf(actor),
      occurredAt: r.occurredAt,
    });
    const heldFrom = r.to === 'on_hold' ? s.status : null;
    await setPosition(tx, s, { status: r.to, enteredAt: r.occurredAt, heldFrom });
    if (visibility === 'seller') {
      // The seller and, for a shipment made from a purchase order, the partner who sent it.
      const [po] = await tx
        .select({ id: purchaseOrders.id, organisationId: purchaseOrders.organisationId })
        .from(purchaseOrders)
        .where(eq(purchaseOrders.shipmentId, s.id));
      await enqueueWebhookEvent(
        tx,
        'shipment.status_changed',
        {
          shipment: {
            id: s.id,
            reference: s.reference,
            status: r.to,
            previousStatus: s.status,
            occurredAt: new Date(r.occurredAt).toISOString(),
            place: input.place ?? null,
            purchaseOrderId: po?.id ?? null,
          },
        },
        { businesses: [s.businessId], partners: po ? [po.organisationId] : [] },
      );
    }
    if (!staff)
      await recordActivity(
        tx,
        { businessId: s.businessId, by: attributionOf(actor) },
        {
          action: 'shipment.milestone',
          subject: `shipment:${s.id}`,
          summary: `Recorded “${STATUS_LABELS[r.to]}” on shipment ${s.reference}`,
        },
      );
    if (staff && visibility === 'seller') {
      await notifyBusiness(tx, s.businessId, 'shipments:write', {
        title: `Shipment ${s.reference}: ${STATUS_LABELS[r.to]}`,
        lines: [
          `Portal staff recorded “${STATUS_LABELS[r.to]}” for shipment ${s.reference} to ${s.buyerName}.`,
          ...(input.reason ? [`Reason: ${input.reason}`] : []),
          ...(input.note ? [input.note] : []),
        ],
        path: `/shipments/${s.id}`,
        actionLabel: 'Open the shipment',
      });
    }
  });
  if (staff) kickOutbox();
  kickWebhooks();
}

function fieldFor(code: string): string {
  if (code.startsWith('itn')) return 'itn';
  if (code === 'exemption_required') return 'eeiExemption';
  if (code === 'carrier_required') return 'carrier';
  if (code.startsWith('transport_number')) return 'transportNumber';
  if (code === 'tracking_number_required') return 'trackingNumber';
  if (code === 'reason_required') return 'reason';
  if (code === 'invalid_date' || code === 'future_date' || code === 'before_previous') return 'occurredAt';
  return 'target';
}

/** Voids the latest effective event with a new correction event; history is never edited. */
export async function correctShipmentEvent(
  actor: Actor,
  shipmentId: string,
  input: { eventId: string; reason: string },
) {
  const { staff } = scope(actor, 'shipments:write|staff');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const s = await lockShipment(tx, actor, shipmentId);
    const rows = await loadEvents(tx, s.id);
    const target = rows.find((r) => r.id === input.eventId);
    if (!target || (!staff && target.visibility !== 'seller')) throw new NotFoundError();
    const r = correctEvent(s.channel, toDomainEvents(rows), input.eventId, {
      actor: staff ? 'staff' : 'seller',
      reason: input.reason,
    });
    if (!r.ok) throw r.code === 'not_found' ? new NotFoundError() : new DomainError(r.error, { reason: r.error });
    await tx.insert(shipmentEvents).values({
      shipmentId: s.id,
      businessId: s.businessId,
      kind: 'correction',
      corrects: input.eventId,
      reason: input.reason.trim(),
      visibility: target.visibility,
      ...attributionOf(actor),
      occurredAt: new Date(),
    });
    await setPosition(tx, s, { status: r.state.status, enteredAt: r.state.enteredAt, heldFrom: r.state.heldFrom });
    if (!staff)
      await recordActivity(
        tx,
        { businessId: s.businessId, by: attributionOf(actor) },
        {
          action: 'shipment.corrected',
          subject: `shipment:${s.id}`,
          summary: `Corrected an event on shipment ${s.reference}`,
        },
      );
  });
}

/** Staff note on a shipment (seller-visible or internal). */
export async function addShipmentNote(
  actor: Actor,
  shipmentId: string,
  input: { note: string; visibility: 'seller' | 'internal' },
) {
  scope(actor, 'staff');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const s = await lockShipment(tx, actor, shipmentId);
    await tx.insert(shipmentEvents).values({
      shipmentId: s.id,
      businessId: s.businessId,
      kind: 'note',
      note: input.note,
      visibility: input.visibility,
      ...attributionOf(actor),
      occurredAt: new Date(),
    });
  });
}
