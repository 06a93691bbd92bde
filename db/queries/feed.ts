import 'server-only';
import { and, asc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { ListingContent } from '@/lib/domain/listing-content';
import { getDb } from '../client';
import { businesses, listings } from '../schema';
import { decodeKeyset, encodeKeyset } from '../pagination';

// The catalogue feed for marketplace integrations (GET /api/v1/feed). Anonymous and public, like the
// storefront, and like it reads only the approved copy. Every listing that was ever approved appears,
// ordered by (updated_at, id): live ones with their data, the others as tombstones (id, updatedAt
// only), so an incremental sync (?since=) learns that a listing must be delisted without learning why.

export interface FeedRowLive {
  live: true;
  id: string;
  slug: string;
  updatedAt: string;
  published: ListingContent;
  priceUsdCents: number;
  stock: number;
  sellerSlug: string;
  sellerName: string;
  /** For the partner catalogue's readiness; the public feed does not show it. */
  businessId: string;
}

export interface FeedRowTombstone {
  live: false;
  id: string;
  updatedAt: string;
}

export type FeedRow = FeedRowLive | FeedRowTombstone;

export interface FeedPage {
  rows: FeedRow[];
  nextCursor: string | null;
}

export interface FeedQuery {
  /** ISO timestamp: only listings changed at or after it. */
  since?: string;
  cursor?: string;
  limit: number;
}

export async function listFeed(q: FeedQuery): Promise<FeedPage> {
  const db = await getDb();
  const where: SQL[] = [isNotNull(listings.published)];
  if (q.since) where.push(sql`${listings.updatedAt} >= ${q.since}::timestamptz`);
  const c = decodeKeyset(q.cursor);
  // Row comparison: one ascending range scan of listings_feed_idx (updated_at, id) from the cursor.
  if (c) where.push(sql`(${listings.updatedAt}, ${listings.id}) > (${c[0]}::timestamptz, ${c[1]}::uuid)`);
  const rows = await db
    .select({
      id: listings.id,
      slug: listings.slug,
      live: listings.live,
      // The approved copy leaves the database only for live rows: a tombstone carries no content.
      published: sql<ListingContent | null>`case when ${listings.live} then ${listings.published} end`,
      priceUsdCents: listings.priceUsdCents,
      stock: listings.stock,
      updatedAt: listings.updatedAt,
      at: sql<string>`${listings.updatedAt}::text`,
      businessId: listings.businessId,
      sellerSlug: businesses.slug,
      sellerName: sql<string>`coalesce(nullif(${businesses.dba}, ''), ${businesses.legalName})`,
    })
    .from(listings)
    .innerJoin(businesses, eq(businesses.id, listings.businessId))
    .where(and(...where))
    .orderBy(asc(listings.updatedAt), asc(listings.id))
    .limit(q.limit + 1);
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    rows: page.map((r): FeedRow => {
      const updatedAt = r.updatedAt.toISOString();
      if (!r.live || !r.published) return { live: false, id: r.id, updatedAt };
      const published = typeof r.published === 'string' ? (JSON.parse(r.published) as ListingContent) : r.published;
      return {
        live: true,
        id: r.id,
        slug: r.slug,
        updatedAt,
        published,
        priceUsdCents: r.priceUsdCents,
        stock: r.stock,
        sellerSlug: r.sellerSlug,
        sellerName: r.sellerName,
        businessId: r.businessId,
      };
    }),
    nextCursor: more && last ? encodeKeyset(last.at, last.id) : null,
  };
}
