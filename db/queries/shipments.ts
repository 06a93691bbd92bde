import 'server-only';
import { actorLabel } from '@/lib/domain/team';
import { and, asc, eq, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { registrationsNeeded } from '@/lib/domain/registration-dependencies';
import type { ExportRules } from '@/lib/domain/export-rules';
import { checkShipment, missingDocuments, type ShipmentDocument } from '@/lib/domain/shipment-documents';
import { getRules } from '@/lib/rules-cache';
import {
  correctionOf,
  FLOW_STEPS,
  isShipmentStatus,
  nextMilestones,
  requiredEvidence,
  type ShipmentEvent,
  type ShipmentFlow,
  type ShipmentMilestone,
  type ShipmentStatus,
} from '@/lib/domain/shipment-status';
import { facetTokens } from '@/lib/domain/shipment-facets';
import { shipmentSearchKind, type ShipmentSearchKind } from '@/lib/domain/shipment-search';
import { daysInStatus, isStuck, stuckCutoffs } from '@/lib/domain/shipment-stuck';
import type { CategoryCode } from '@/lib/rules';
import { NotFoundError } from '@/lib/errors';
import type { ShipmentFilter } from '@/lib/validation/shipment';
import { scope } from '../scope';
import { getDb, type Db } from '../client';
import {
  helperOrganisations,
  businesses,
  listings,
  shipmentDocuments,
  shipmentEvents,
  shipmentLines,
  shipments,
  users,
  type Shipment,
  type ShipmentEventRow,
  type ShipmentLine,
} from '../schema';
import { decodeCursor, decodeTextCursor, encodeCursor, type Page, type Tx } from '../pagination';
import { rarestElementShare } from './element-stats';
import { expiredRegistrationsOf } from './expiry-flags';
import { descNullsLast } from './order';

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

export function lineInputs(
  lines: Pick<ShipmentLine, 'hs6' | 'originState' | 'valueUsdCents' | 'category' | 'childrensWear'>[],
) {
  return lines.map((l) => ({
    hs6: l.hs6,
    originState: l.originState,
    valueUsd: l.valueUsdCents / 100,
    category: l.category as CategoryCode,
    childrensWear: l.childrensWear,
  }));
}

/** Domain events from rows (notes are not part of the machine). */
export function toDomainEvents(rows: ShipmentEventRow[]): ShipmentEvent[] {
  const out: ShipmentEvent[] = [];
  for (const r of rows) {
    if (r.kind === 'correction' && r.corrects)
      out.push({
        id: r.id,
        kind: 'correction',
        corrects: r.corrects,
        reason: r.reason ?? '',
        occurredAt: r.occurredAt,
      });
    else if (r.kind === 'exception')
      out.push({
        id: r.id,
        kind: 'exception',
        status: r.status as never,
        reason: r.reason ?? '',
        occurredAt: r.occurredAt,
      });
    else if (r.kind === 'milestone' || r.kind === 'release')
      out.push({ id: r.id, kind: r.kind, status: r.status as ShipmentMilestone, occurredAt: r.occurredAt });
  }
  return out;
}

export async function loadEvents(db: Db | Tx, shipmentId: string) {
  return db
    .select()
    .from(shipmentEvents)
    .where(eq(shipmentEvents.shipmentId, shipmentId))
    .orderBy(asc(shipmentEvents.createdAt), asc(shipmentEvents.id));
}

/** Required documents (rules engine) joined with their rows; which are satisfied. */
export function documentStatus(
  s: Shipment,
  lines: ShipmentLine[],
  rows: (typeof shipmentDocuments.$inferSelect)[],
  rules: ExportRules,
) {
  const check = checkShipment({ channel: s.channel, lines: lineInputs(lines) }, rules);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const docs = check.documents.map((d) => ({ rule: d, row: byCode.get(d.code) ?? null }));
  const satisfied = rows.filter((r) => r.state !== 'missing').map((r) => r.code);
  // The "EEI filed" milestone can only be recorded with a valid ITN, so once the shipment is past it
  // the EEI filing requirement is met by that evidence; asking for a separate upload would be asking twice.
  const steps = FLOW_STEPS[s.channel] as readonly string[];
  const at = steps.indexOf(s.heldFrom ?? s.status);
  if (at >= 0 && at >= steps.indexOf('eei_filed')) satisfied.push('eei_filing');
  return { check, docs, satisfied };
}

export function missingFor(
  flow: ShipmentFlow,
  target: ShipmentStatus,
  documents: ShipmentDocument[],
  satisfied: string[],
) {
  if (!(FLOW_STEPS[flow] as readonly string[]).includes(target)) return [];
  return missingDocuments(flow, target as ShipmentMilestone, documents, satisfied);
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

export interface ShipmentRow {
  id: string;
  reference: string;
  businessName: string;
  buyerName: string;
  buyerCity: string;
  destination: string;
  channel: ShipmentFlow;
  mode: Shipment['mode'];
  carrier: string;
  status: ShipmentStatus;
  statusEnteredAt: Date;
  originStates: string[];
  categories: string[];
  valueUsdCents: number;
  daysInStatus: number;
  stuck: boolean;
}

const rowColumns = {
  id: shipments.id,
  reference: shipments.reference,
  businessName: businesses.legalName,
  buyerName: shipments.buyerName,
  buyerCity: shipments.buyerCity,
  destination: shipments.destination,
  channel: shipments.channel,
  mode: shipments.mode,
  carrier: shipments.carrier,
  status: shipments.status,
  statusEnteredAt: shipments.statusEnteredAt,
  originStates: shipments.originStates,
  categories: shipments.categories,
  valueUsdCents: shipments.valueUsdCents,
};

function decorate(rows: Omit<ShipmentRow, 'daysInStatus' | 'stuck'>[], now = new Date()): ShipmentRow[] {
  return rows.map((r) => ({
    ...r,
    daysInStatus: daysInStatus(r.statusEnteredAt, now),
    stuck: isStuck(r.status, r.mode, r.statusEnteredAt, now),
  }));
}

/** The business's own shipments, newest first (at most 200; a small exporter has far fewer). */
export async function listMyShipments(actor: Actor): Promise<ShipmentRow[]> {
  const { businessId } = scope(actor, 'business:view');
  const db = await getDb();
  const rows = await db
    .select(rowColumns)
    .from(shipments)
    .innerJoin(businesses, eq(businesses.id, shipments.businessId))
    .where(eq(shipments.businessId, businessId))
    .orderBy(descNullsLast(shipments.createdAt), descNullsLast(shipments.id))
    .limit(200);
  return decorate(rows);
}

export const SHIPMENT_PAGE_SIZE = 50;

/**
 * `useFacetIndex`: the state/category test on shipments.facets, which its GIN index serves (the rare
 * path); otherwise the same test on the origin_states and categories columns, which no index serves, so
 * the planner walks the list order and filters. Given the facets' pair statistics it would otherwise read
 * every match of a common pair through the GIN index and sort them: 0.1–0.2 s for TX + apparel (15k
 * rows) where the walk takes ≈ 10 ms (bench/SHIPMENTS.md).
 */
function filterWhere(f: ShipmentFilter, useFacetIndex: boolean): SQL[] {
  const where: SQL[] = [];
  if (f.status) where.push(eq(shipments.status, f.status));
  if (f.channel) where.push(eq(shipments.channel, f.channel));
  if (f.carrier) where.push(eq(shipments.carrier, f.carrier));
  // State, category and their pairs with each other and the channel: one GIN lookup (shipments.facets).
  if ((f.state || f.category) && useFacetIndex) where.push(sql`${shipments.facets} @> ${facetArray(facetTokens(f))}`);
  if (f.state && !useFacetIndex) where.push(sql`${shipments.originStates} @> array[${f.state}]::text[]`);
  if (f.category && !useFacetIndex) where.push(sql`${shipments.categories} @> array[${f.category}]::text[]`);
  if (f.q) {
    const prefix = `${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(shipmentSearchKind(f.q) === 'reference' ? like(shipments.searchText, prefix) : like(buyerKey, prefix));
  }
  return where;
}

const facetArray = (tokens: string[]) =>
  sql`array[${sql.join(
    tokens.map((t) => sql`${t}`),
    sql`, `,
  )}]::text[]`;

const buyerKey = sql<string>`lower(${shipments.buyerName})`;

/**
 * The list's order, its keyset and its cursor. Without a search: longest in status first, on
 * (status_entered_at, id). A reference search: newest reference first, on (search_text, id) read
 * backwards from shipments_search_idx. A buyer search: buyer A–Z, then newest reference, on
 * shipments_buyer_idx. Text keys compare with the pattern operators (~<~, bytewise) of those indexes.
 * `opaque` is the same order written so no index provides it (the rare-value path sorts its few matches).
 */
type ListOrder = {
  orderBy: (opaque: boolean) => SQL[];
  after: (cursor: string | undefined) => SQL | null;
  cursorOf: (row: { statusEnteredAt: Date; id: string; searchKey: string; buyerKey: string }) => string;
};

const ORDERS: Record<'status' | ShipmentSearchKind, ListOrder> = {
  status: {
    orderBy: (opaque) => [
      opaque ? sql`${shipments.statusEnteredAt} + interval '0 seconds'` : asc(shipments.statusEnteredAt),
      asc(shipments.id),
    ],
    after: (cursor) => {
      const c = decodeCursor(cursor, 2);
      return c ? sql`(${shipments.statusEnteredAt}, ${shipments.id}) > (${c[0]}::timestamptz, ${c[1]}::uuid)` : null;
    },
    cursorOf: (r) => encodeCursor([r.statusEnteredAt.toISOString(), r.id]),
  },
  reference: {
    orderBy: (opaque) => [
      sql`${opaque ? sql`(${shipments.searchText} || '')` : shipments.searchText} using ~>~ nulls first`,
      sql`${shipments.id} desc`,
    ],
    after: (cursor) => {
      const c = decodeTextCursor(cursor, 'r', 1);
      if (!c) return null;
      const [ref, id] = c as [string, string];
      return sql`${shipments.searchText} ~<=~ ${ref} and (${shipments.searchText} ~<~ ${ref} or ${shipments.id} < ${id}::uuid)`;
    },
    cursorOf: (r) => encodeCursor(['r', r.searchKey, r.id]),
  },
  buyer: {
    orderBy: (opaque) => [
      sql`${opaque ? sql`(${buyerKey} || '')` : buyerKey} using ~<~`,
      sql`${shipments.searchText} using ~>~ nulls first`,
      sql`${shipments.id} desc`,
    ],
    after: (cursor) => {
      const c = decodeTextCursor(cursor, 'b', 2);
      if (!c) return null;
      const [buyer, ref, id] = c as [string, string, string];
      return sql`${buyerKey} ~>=~ ${buyer} and (${buyerKey} ~>~ ${buyer} or (${buyerKey} = ${buyer} and (${shipments.searchText} ~<~ ${ref} or (${shipments.searchText} = ${ref} and ${shipments.id} < ${id}::uuid))))`;
    },
    cursorOf: (r) => encodeCursor(['b', r.buyerKey, r.searchKey, r.id]),
  },
};

/** Below this share of all shipments (≈ 4,000 at 2M), the filter's matches are read through the facets index and sorted. */
const RARE_SHARE = 0.002;

/** Staff list: longest in its current status first, or a search in its own order (ORDERS); keyset-paginated. */
export async function listShipments(
  actor: Actor,
  f: ShipmentFilter,
  pageSize = SHIPMENT_PAGE_SIZE,
): Promise<Page<ShipmentRow>> {
  scope(actor, 'staff');
  const db = await getDb();
  // The planner walks the list order and filters when it expects matches to be common; for a state,
  // category or pair (direct mail + fresh fruit) with few or no shipments that walk reads the whole table
  // (8 s at 2M shipments, bench/SHIPMENTS.md). Then the same order is written as an expression no index
  // provides, so the facets index finds the matches and they are sorted: same rows, same order.
  // A channel alone is never rare; with a state or category, the rarest of the filter's facet tokens.
  const share = f.state || f.category ? await rarestElementShare(db, 'shipments', 'facets', facetTokens(f)) : null;
  const rare = share !== null && share < RARE_SHARE;
  const where = filterWhere(f, rare);
  const order = ORDERS[f.q ? shipmentSearchKind(f.q) : 'status'];
  const after = order.after(f.cursor);
  if (after) where.push(after);
  const columns = { ...rowColumns, searchKey: shipments.searchText, buyerKey };
  const read = (d: Db | Tx) =>
    d
      .select(columns)
      .from(shipments)
      .innerJoin(businesses, eq(businesses.id, shipments.businessId))
      .where(and(...where))
      .orderBy(...order.orderBy(false))
      .limit(pageSize + 1);
  // The page's ids first (matches sorted without the join, which the planner would otherwise do for
  // every match), then the page joined with the businesses.
  const readRare = (d: Tx) => {
    const page = d
      .select({ id: shipments.id })
      .from(shipments)
      .where(and(...where))
      .orderBy(...order.orderBy(true))
      .limit(pageSize + 1)
      .as('page');
    return d
      .select(columns)
      .from(shipments)
      .innerJoin(page, eq(page.id, shipments.id))
      .innerJoin(businesses, eq(businesses.id, shipments.businessId))
      .orderBy(...order.orderBy(false));
  };
  // For a value it has no statistics for, the planner expects enough rows to start parallel workers,
  // ≈ 30–50 ms to read a handful of rows; a rare value is read in this process alone.
  const rows = rare
    ? await db.transaction(async (tx) => {
        await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
        return readRare(tx);
      })
    : await read(db);
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return {
    rows: decorate(page.map(({ searchKey: _s, buyerKey: _b, ...r }) => r)),
    nextCursor: rows.length > pageSize && last ? order.cursorOf(last) : null,
  };
}

/** For the CSV export: every filtered row (up to `max`) in keyset batches. */
export async function* iterateShipments(actor: Actor, f: ShipmentFilter, max = 50_000): AsyncGenerator<ShipmentRow> {
  let cursor: string | undefined;
  let n = 0;
  while (n < max) {
    const page = await listShipments(actor, { ...f, cursor }, 1000);
    for (const r of page.rows) {
      if (n++ >= max) return;
      yield r;
    }
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

/** Stuck shipments (no event for longer than their status's threshold), grouped by status. */
export async function listStuck(actor: Actor, now = new Date(), perStatus = 100) {
  scope(actor, 'staff');
  const db = await getDb();
  const cutoffs = stuckCutoffs(now);
  const byStatus = new Map<ShipmentStatus, typeof cutoffs>();
  for (const c of cutoffs) byStatus.set(c.status, [...(byStatus.get(c.status) ?? []), c]);
  // One index range per status on (status, status_entered_at): the per-mode cut-off is a filter on it.
  const groups = await Promise.all(
    [...byStatus].map(async ([status, cs]) => {
      const latest = new Date(Math.max(...cs.map((c) => c.enteredBefore.getTime())));
      const rows = await db
        .select(rowColumns)
        .from(shipments)
        .innerJoin(businesses, eq(businesses.id, shipments.businessId))
        .where(
          and(
            eq(shipments.status, status),
            lt(shipments.statusEnteredAt, latest),
            or(...cs.map((c) => and(eq(shipments.mode, c.mode), lt(shipments.statusEnteredAt, c.enteredBefore)))),
          ),
        )
        .orderBy(asc(shipments.statusEnteredAt), asc(shipments.id))
        .limit(perStatus);
      return { status, rows: decorate(rows, now) };
    }),
  );
  return groups.filter((g) => g.rows.length > 0 && isShipmentStatus(g.status));
}

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
