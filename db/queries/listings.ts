import 'server-only';
import { actorLabel } from '@/lib/domain/team';
import { and, asc, eq, gt, like, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { ExportCheck } from '@/lib/domain/export-rules';
import { getRules } from '@/lib/rules-cache';
import { diffContent, type ListingContent } from '@/lib/domain/listing-content';
import { NotFoundError } from '@/lib/errors';
import type { ListingReviewQueueFilter } from '@/lib/validation/listing';
import { scope } from '../scope';
import { getDb } from '../client';
import {
  helperOrganisations,
  applications,
  businesses,
  listingEvents,
  listingPhotos,
  listings,
  registrations,
  users,
  type Listing,
} from '../schema';
import { decodeCursor, encodeCursor, type Page } from '../pagination';
import { descNullsLast } from './order';

export interface Readiness {
  check: ExportCheck;
  /** Requirement code → whether the business already has it on file (a registration or an accepted document). */
  onFile: Record<string, boolean>;
  /** Requirement code → last valid day of a registration on file that has expired. */
  expiredOn: Record<string, string>;
}

/** Export readiness for a listing's product, origin and channels, joined with what the business has on file. */
export async function readinessFor(
  businessId: string,
  c: Pick<ListingContent, 'hs6' | 'originState' | 'channels' | 'category' | 'attributes'>,
): Promise<Readiness> {
  const db = await getDb();
  const regs = await db
    .select({ code: registrations.code, expiresOn: registrations.expiresOn })
    .from(registrations)
    .where(eq(registrations.businessId, businessId));
  const today = new Date().toISOString().slice(0, 10);
  const onFile: Record<string, boolean> = {};
  const expiredOn: Record<string, string> = {};
  for (const r of regs) {
    onFile[r.code] = !r.expiresOn || r.expiresOn >= today;
    if (r.expiresOn && r.expiresOn < today) expiredOn[r.code] = r.expiresOn;
  }
  const check = (await getRules()).checkExport({
    hs: c.hs6,
    state: c.originState,
    childrensWear: c.category === 'apparel' && c.attributes?.childrensWear === true,
  });
  return {
    check: { ...check, results: check.results.filter((r) => c.channels.includes(r.channel)) },
    onFile,
    expiredOn,
  };
}

export async function listMyListings(actor: Actor) {
  const { businessId } = scope(actor, 'seller');
  if (!businessId) return [];
  const db = await getDb();
  return db
    .select()
    .from(listings)
    .where(eq(listings.businessId, businessId))
    .orderBy(descNullsLast(listings.updatedAt), descNullsLast(listings.id))
    .limit(200);
}

/** The seller's own listing; another business's looks exactly like a missing one. */
export async function getMyListing(actor: Actor, id: string) {
  const mine = scope(actor, 'business:view');
  const db = await getDb();
  const [l] = await db
    .select()
    .from(listings)
    .where(and(eq(listings.id, id), mine.owns(listings.businessId)));
  if (!l) throw new NotFoundError();
  return withDetails(l, false);
}

async function withDetails(l: Listing, staff: boolean) {
  const db = await getDb();
  const [photos, events] = await Promise.all([
    db.select().from(listingPhotos).where(eq(listingPhotos.listingId, l.id)).orderBy(asc(listingPhotos.createdAt)),
    db
      .select({
        e: listingEvents,
        actorName: users.name,
        organisationName: helperOrganisations.name,
        businessName: businesses.legalName,
      })
      .from(listingEvents)
      .leftJoin(users, eq(users.id, listingEvents.actorId))
      .leftJoin(helperOrganisations, eq(helperOrganisations.id, listingEvents.helperOrganisationId))
      .leftJoin(businesses, eq(businesses.id, listingEvents.businessId))
      .where(eq(listingEvents.listingId, l.id))
      .orderBy(asc(listingEvents.createdAt), asc(listingEvents.id)),
  ]);
  return {
    listing: l,
    photos,
    events: events.map(({ e, actorName, organisationName, businessName }) => ({
      ...e,
      internalNote: staff ? e.internalNote : null,
      actorName: actorLabel({ actorName, organisationName, businessName }),
    })),
    pendingDiff: diffContent(l.published, l.content),
    readiness: await readinessFor(l.businessId, l.content),
  };
}

export type ListingDetails = Awaited<ReturnType<typeof withDetails>>;

export async function getListingForStaff(actor: Actor, id: string) {
  scope(actor, 'staff');
  const db = await getDb();
  const [row] = await db
    .select({ l: listings, businessName: businesses.legalName, businessStatus: applications.status })
    .from(listings)
    .innerJoin(businesses, eq(businesses.id, listings.businessId))
    .leftJoin(applications, eq(applications.businessId, listings.businessId))
    .where(eq(listings.id, id));
  if (!row) throw new NotFoundError();
  return { ...(await withDetails(row.l, true)), businessName: row.businessName, businessStatus: row.businessStatus };
}

export interface ListingQueueRow {
  id: string;
  titleEn: string;
  category: string;
  originState: string;
  status: Listing['status'];
  businessName: string;
  sellerActive: boolean;
  submittedAt: Date | null;
  isChange: boolean;
}

/** Listing review queue: oldest submission first, keyset on (submitted_at, id) by status. */
export async function listListingQueue(
  actor: Actor,
  f: Pick<ListingReviewQueueFilter, 'status'> & Partial<ListingReviewQueueFilter>,
): Promise<Page<ListingQueueRow>> {
  scope(actor, 'staff');
  const db = await getDb();
  const where: SQL[] = [eq(listings.status, f.status)];
  if (f.category) where.push(sql`${listings.content}->>'category' = ${f.category}`);
  if (f.state) where.push(sql`${listings.content}->>'originState' = ${f.state}`);
  if (f.q) {
    const prefix = `${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(like(sql`lower(${listings.content}->>'titleEn')`, prefix), like(sql`lower(${businesses.legalName})`, prefix))!,
    );
  }
  const c = decodeCursor(f.cursor, 2);
  if (c) {
    const at = new Date(String(c[0]));
    where.push(or(gt(listings.submittedAt, at), and(eq(listings.submittedAt, at), gt(listings.id, String(c[1]))))!);
  }
  const rows = await db
    .select({ l: listings, businessName: businesses.legalName })
    .from(listings)
    .innerJoin(businesses, eq(businesses.id, listings.businessId))
    .where(and(...where))
    .orderBy(sql`${listings.submittedAt} asc nulls last`, asc(listings.id))
    .limit(51);
  const page = rows.slice(0, 50);
  const last = page[page.length - 1]?.l;
  return {
    rows: page.map(({ l, businessName }) => ({
      id: l.id,
      titleEn: l.content.titleEn,
      category: l.content.category,
      originState: l.content.originState,
      status: l.status,
      businessName,
      sellerActive: l.sellerActive,
      submittedAt: l.submittedAt,
      isChange: l.published !== null,
    })),
    nextCursor: rows.length > 50 && last?.submittedAt ? encodeCursor([last.submittedAt.toISOString(), last.id]) : null,
  };
}
