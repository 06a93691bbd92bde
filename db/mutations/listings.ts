import 'server-only';
import { uniqueSlug } from '@/lib/domain/slug';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { diffContent, submitListingBlockers, type ListingContent } from '@/lib/domain/listing-content';
import { LISTING_STATUS_LABELS, listingTransition, type ListingStatus } from '@/lib/domain/listing-status';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { kickOutbox } from '@/lib/email/outbox-worker';
import { announceStoreChange } from '@/lib/store';
import { kickWebhooks } from '@/lib/webhooks/worker';
import type { ListingInput } from '@/lib/validation/listing';
import { attributionOf, scope } from '../scope';
import { recordActivity } from './activity';
import { getDb } from '../client';
import { applications, listingEvents, listingPhotos, listings, type Listing } from '../schema';
import { notifyBusiness } from './notify';
import type { Tx } from '../pagination';
import { enqueueWebhookEvent } from './webhooks';

const productSlug = (title: string) => uniqueSlug(title, { fallback: 'product', maxLength: 60, suffixLength: 6 });

/** Only an approved business lists goods. */
async function requireApprovedSeller(
  tx: Tx,
  actor: Actor,
  need: 'listings:write' | 'listings:submit' = 'listings:write',
): Promise<string> {
  const { businessId } = scope(actor, need);
  const [app] = await tx
    .select({ status: applications.status })
    .from(applications)
    .where(eq(applications.businessId, businessId));
  if (app?.status !== 'approved')
    throw new DomainError('Your business must be approved before you can list products. See your application status.');
  return businessId;
}

function toContent(input: ListingInput, previous: ListingContent | null, photoIds: string[]): ListingContent {
  const zhChanged = !previous || previous.titleZh !== input.titleZh || previous.descriptionZh !== input.descriptionZh;
  const confirm = zhChanged || input.zhConfirmed === 'on';
  return {
    category: input.category,
    hs6: input.hs,
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    descriptionEn: input.descriptionEn,
    descriptionZh: input.descriptionZh,
    zhBasedOn:
      input.titleZh && confirm
        ? { titleEn: input.titleEn, descriptionEn: input.descriptionEn }
        : (previous?.zhBasedOn ?? null),
    unit: input.unit,
    packSize: input.packSize,
    minOrder: input.minOrder,
    weightKg: input.weightKg,
    originState: input.originState,
    channels: input.channels as ListingContent['channels'],
    attributes: input.attributes as ListingContent['attributes'],
    photoIds,
  };
}

/** Columns the storefront reads, derived from the published copy only. */
export function publishedColumns(published: ListingContent | null, sellerActive: boolean) {
  return {
    live: published !== null && sellerActive,
    pubCategory: published?.category ?? null,
    pubOriginState: published?.originState ?? null,
    pubTitleZh: published?.titleZh ?? null,
    pubSearch: published ? `${published.titleEn} ${published.titleZh}`.toLowerCase() : null,
  };
}

export async function createListing(actor: Actor, input: ListingInput): Promise<{ id: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const businessId = await requireApprovedSeller(tx, actor);
    const [l] = await tx
      .insert(listings)
      .values({
        businessId,
        slug: productSlug(input.titleEn),
        content: toContent(input, null, []),
        priceUsdCents: input.priceUsd,
        stock: input.stock,
        sellerActive: true,
      })
      .returning({ id: listings.id });
    await tx
      .insert(listingEvents)
      .values({ listingId: l!.id, businessId, ...attributionOf(actor), action: 'created', toStatus: 'draft' });
    await recordActivity(
      tx,
      { businessId, by: attributionOf(actor) },
      { action: 'listing.created', subject: `listing:${l!.id}`, summary: `Created the listing “${input.titleEn}”` },
    );
    return { id: l!.id };
  });
}

async function lockMine(
  tx: Tx,
  actor: Actor,
  id: string,
  need: 'listings:write' | 'listings:submit' = 'listings:write',
): Promise<Listing> {
  const mine = scope(actor, need);
  const [l] = await tx
    .select()
    .from(listings)
    .where(and(eq(listings.id, id), mine.owns(listings.businessId)))
    .for('update');
  if (!l) throw new NotFoundError();
  return l;
}

/**
 * Saves the seller's edits. Price and stock apply at once (also to the live listing); everything
 * else changes only the working copy, which the storefront never reads until a reviewer approves it.
 */
export async function updateListing(
  actor: Actor,
  id: string,
  input: ListingInput,
): Promise<{ pendingFields: string[] }> {
  const db = await getDb();
  const r = await db.transaction(async (tx) => {
    const l = await lockMine(tx, actor, id);
    if (l.status === 'submitted')
      throw new ConflictError(
        'This listing is waiting for review, so its details are locked. You can still change price and stock.',
      );
    const content = toContent(input, l.content, l.content.photoIds);
    const immediate: string[] = [];
    if (input.priceUsd !== l.priceUsdCents) immediate.push('price');
    if (input.stock !== l.stock) immediate.push('stock');
    await tx
      .update(listings)
      .set({
        content,
        priceUsdCents: input.priceUsd,
        stock: input.stock,
        version: sql`${listings.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(listings.id, id));
    if (immediate.length && l.published) {
      await tx.insert(listingEvents).values({
        listingId: id,
        businessId: l.businessId,
        ...attributionOf(actor),
        action: 'price_stock_updated',
        message: `Updated ${immediate.join(' and ')} (applied at once).`,
      });
    }
    await recordActivity(
      tx,
      { businessId: l.businessId, by: attributionOf(actor) },
      { action: 'listing.edited', subject: `listing:${id}`, summary: `Edited the listing “${input.titleEn}”` },
    );
    return { live: !!l.published, pendingFields: diffContent(l.published, content).map((d) => d.label) };
  });
  // Price and stock go live at once.
  if (r.live) announceStoreChange({ listings: [id] });
  return { pendingFields: r.pendingFields };
}

/** Price and stock only: applied without review. */
export async function updatePriceAndStock(actor: Actor, id: string, input: { priceUsdCents: number; stock: number }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const l = await lockMine(tx, actor, id);
    await tx
      .update(listings)
      .set({ priceUsdCents: input.priceUsdCents, stock: input.stock, updatedAt: new Date() })
      .where(eq(listings.id, id));
    await tx.insert(listingEvents).values({
      listingId: id,
      businessId: l.businessId,
      ...attributionOf(actor),
      action: 'price_stock_updated',
      message: 'Price and stock updated (applied at once).',
    });
    await recordActivity(
      tx,
      { businessId: l.businessId, by: attributionOf(actor) },
      {
        action: 'listing.price_stock',
        subject: `listing:${id}`,
        summary: `Set price and stock of “${l.content.titleEn}”: $${(input.priceUsdCents / 100).toFixed(2)}, ${input.stock} in stock`,
      },
    );
  });
  announceStoreChange({ listings: [id] });
}

export async function submitListing(
  actor: Actor,
  id: string,
): Promise<{ ok: true } | { ok: false; blockers: string[] }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Sending to review is the owner's word, like submitting the application (editors and helpers prepare).
    await requireApprovedSeller(tx, actor, 'listings:submit');
    const l = await lockMine(tx, actor, id, 'listings:submit');
    const blockers = submitListingBlockers(l.content);
    if (l.published && diffContent(l.published, l.content).length === 0)
      blockers.push('Nothing to review: the live listing already shows these details.');
    if (blockers.length) return { ok: false as const, blockers };
    const t = listingTransition(l.status, 'submit');
    if (!t.ok) throw new ConflictError(t.error);
    await tx
      .update(listings)
      .set({
        status: 'submitted',
        submittedAt: new Date(),
        version: sql`${listings.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(listings.id, id));
    await tx.insert(listingEvents).values({
      listingId: id,
      businessId: l.businessId,
      ...attributionOf(actor),
      action: l.published ? 'change_proposed' : 'submit',
      fromStatus: l.status,
      toStatus: 'submitted',
      diff: diffContent(l.published, l.content),
    });
    await recordActivity(
      tx,
      { businessId: l.businessId, by: attributionOf(actor) },
      {
        action: 'listing.submitted',
        subject: `listing:${id}`,
        summary: `Sent the listing “${l.content.titleEn}” to review`,
      },
    );
    return { ok: true as const };
  });
}

export interface ListingDecision {
  action: 'approve' | 'requestChanges' | 'reject';
  expectedStatus: ListingStatus;
  message?: string;
  internalNote?: string;
}

async function decideOne(
  tx: Tx,
  actor: Actor,
  id: string,
  d: ListingDecision,
): Promise<{ businessId: string; title: string }> {
  const [l] = await tx.select().from(listings).where(eq(listings.id, id)).for('update');
  if (!l) throw new NotFoundError();
  if (l.status !== d.expectedStatus)
    throw new ConflictError(
      `This listing changed while you were looking: it is now ${LISTING_STATUS_LABELS[l.status].toLowerCase()}.`,
    );
  const t = listingTransition(l.status, d.action);
  if (!t.ok) throw new DomainError(t.error);
  if (d.action !== 'approve' && !d.message?.trim())
    throw new DomainError('Please fix the highlighted field.', {
      message: 'Message to the seller is required: say what to change, or why.',
    });
  const diff = diffContent(l.published, l.content);
  let set: Partial<typeof listings.$inferInsert>;
  let action: string = d.action;
  if (d.action === 'approve') {
    const now = new Date();
    set = {
      status: 'approved',
      published: l.content,
      publishedAt: now,
      firstPublishedAt: l.firstPublishedAt ?? l.publishedAt ?? now,
      ...publishedColumns(l.content, l.sellerActive),
    };
  } else if (d.action === 'reject' && l.published) {
    // Declining a proposed change to a live listing: the live version stays, the proposal is dropped.
    set = { status: 'approved', content: l.published };
    action = 'change_declined';
  } else {
    set = { status: t.to };
  }
  await tx
    .update(listings)
    .set({ ...set, version: sql`${listings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(listings.id, id), eq(listings.status, l.status)));
  await tx.insert(listingEvents).values({
    listingId: id,
    businessId: l.businessId,
    ...attributionOf(actor),
    action,
    fromStatus: l.status,
    toStatus: set.status,
    message: d.message?.trim() || null,
    internalNote: d.internalNote?.trim() || null,
    diff,
  });
  if (d.action === 'approve' && set.live)
    await enqueueWebhookEvent(
      tx,
      l.live ? 'listing.updated' : 'listing.published',
      { listing: { id, slug: l.slug, title: { en: l.content.titleEn, zh: l.content.titleZh }, live: true } },
      { partners: 'all', businesses: [l.businessId] },
    );
  return { businessId: l.businessId, title: l.content.titleEn };
}

const NOTICE = {
  approve: (title: string) => ({
    title: `Listing approved: ${title}`,
    lines: [`“${title}” is approved and live on the storefront.`],
  }),
  requestChanges: (title: string, m?: string) => ({
    title: `Changes requested: ${title}`,
    lines: [`A reviewer asked for changes to “${title}”.`, ...(m ? [`Their message: ${m}`] : [])],
  }),
  reject: (title: string, m?: string) => ({
    title: `Listing not approved: ${title}`,
    lines: [`“${title}” was not approved.`, ...(m ? [`Reason: ${m}`] : [])],
  }),
};

export async function decideListing(actor: Actor, id: string, d: ListingDecision) {
  scope(actor, 'staff');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { businessId, title } = await decideOne(tx, actor, id, d);
    await notifyBusiness(tx, businessId, 'listings:write', {
      ...NOTICE[d.action](title, d.message?.trim()),
      path: `/products/${id}`,
    });
  });
  if (d.action === 'approve') announceStoreChange({ listings: [id] });
  kickOutbox();
  kickWebhooks();
}

/** Approves each listing on its own; skips those whose business is not approved, and says why. */
export async function bulkApproveListings(
  actor: Actor,
  ids: string[],
): Promise<{ approved: string[]; skipped: { id: string; reason: string }[] }> {
  scope(actor, 'staff');
  const db = await getDb();
  const approved: string[] = [];
  const skipped: { id: string; reason: string }[] = [];
  const rows = await db
    .select({ id: listings.id, status: listings.status, appStatus: applications.status })
    .from(listings)
    .leftJoin(applications, eq(applications.businessId, listings.businessId))
    .where(inArray(listings.id, ids));
  for (const r of rows) {
    if (r.appStatus !== 'approved') {
      skipped.push({ id: r.id, reason: 'The business is not approved.' });
      continue;
    }
    try {
      await db.transaction(async (tx) => {
        const { businessId, title } = await decideOne(tx, actor, r.id, {
          action: 'approve',
          expectedStatus: 'submitted',
        });
        await notifyBusiness(tx, businessId, 'listings:write', { ...NOTICE.approve(title), path: `/products/${r.id}` });
      });
      approved.push(r.id);
    } catch (e) {
      if (e instanceof ConflictError || e instanceof DomainError) skipped.push({ id: r.id, reason: e.message });
      else throw e;
    }
  }
  for (const id of ids) if (!rows.some((r) => r.id === id)) skipped.push({ id, reason: 'Not found.' });
  announceStoreChange({ listings: approved });
  kickOutbox();
  return { approved, skipped };
}

/** Keeps listings in step with the seller's approval (called in the application decision's transaction). */
export async function syncSellerActive(tx: Tx, businessId: string, active: boolean) {
  const leaving = active
    ? []
    : await tx
        .select({ id: listings.id, slug: listings.slug })
        .from(listings)
        .where(and(eq(listings.businessId, businessId), eq(listings.live, true)));
  await tx
    .update(listings)
    .set({ sellerActive: active, live: sql`${listings.published} is not null and ${active}`, updatedAt: new Date() })
    .where(eq(listings.businessId, businessId));
  for (const l of leaving)
    await enqueueWebhookEvent(
      tx,
      'listing.withdrawn',
      { listing: { id: l.id, slug: l.slug, live: false } },
      { partners: 'all', businesses: [businessId] },
    );
}

export async function attachListingPhoto(
  actor: Actor,
  listingId: string,
  photo: { storedName: string; thumbName: string; mimeType: string; width: number; height: number; sizeBytes: number },
) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const l = await lockMine(tx, actor, listingId);
    if (l.status === 'submitted')
      throw new ConflictError('This listing is waiting for review; add photos after the decision.');
    if (l.content.photoIds.length >= 8)
      throw new DomainError('A listing can have at most 8 photos.', { photo: 'A listing can have at most 8 photos.' });
    const [p] = await tx
      .insert(listingPhotos)
      .values({ businessId: l.businessId, listingId, ...photo })
      .returning({ id: listingPhotos.id });
    await tx
      .update(listings)
      .set({ content: { ...l.content, photoIds: [...l.content.photoIds, p!.id] }, updatedAt: new Date() })
      .where(eq(listings.id, listingId));
    await recordActivity(
      tx,
      { businessId: l.businessId, by: attributionOf(actor) },
      {
        action: 'listing.photo_added',
        subject: `listing:${listingId}`,
        summary: `Added a photo to “${l.content.titleEn}”`,
      },
    );
    return { photoId: p!.id };
  });
}

/** Creates every listing in one transaction: all of them, or (on any failure) none. */
export async function importListings(actor: Actor, inputs: ListingInput[]): Promise<{ ids: string[] }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const businessId = await requireApprovedSeller(tx, actor);
    const ids: string[] = [];
    for (const input of inputs) {
      const [l] = await tx
        .insert(listings)
        .values({
          businessId,
          slug: productSlug(input.titleEn),
          content: toContent(input, null, []),
          priceUsdCents: input.priceUsd,
          stock: input.stock,
          sellerActive: true,
        })
        .returning({ id: listings.id });
      await tx
        .insert(listingEvents)
        .values({ listingId: l!.id, businessId, ...attributionOf(actor), action: 'imported', toStatus: 'draft' });
      ids.push(l!.id);
    }
    await recordActivity(
      tx,
      { businessId, by: attributionOf(actor) },
      {
        action: 'listing.imported',
        summary: `Imported ${ids.length} listing${ids.length === 1 ? '' : 's'} from a CSV file`,
      },
    );
    return { ids };
  });
}
