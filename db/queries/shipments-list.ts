import 'server-only';
import { and, asc, eq, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { isShipmentStatus, type ShipmentFlow, type ShipmentStatus } from '@/lib/domain/shipment-status';
import { facetTokens } from '@/lib/domain/shipment-facets';
import { shipmentSearchKind, type ShipmentSearchKind } from '@/lib/domain/shipment-search';
import { daysInStatus, isStuck, stuckCutoffs } from '@/lib/domain/shipment-stuck';
import type { ShipmentFilter } from '@/lib/validation/shipment';
import { getDb, type Db } from '../client';
import { decodeCursor, decodeTextCursor, encodeCursor, type Page, type Tx } from '../pagination';
import { businesses, shipments, type Shipment } from '../schema';
import { scope } from '../scope';
import { rarestElementShare } from './element-stats';
import { descNullsLast } from './order';

// The shipment lists: a business's own, the staff list tuned for millions of rows (bench/SHIPMENTS.md),
// its CSV iterator, and the stuck list.

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
