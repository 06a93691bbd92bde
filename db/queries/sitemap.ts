import 'server-only';
import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { SITEMAP_URL_LIMIT, uuidRange } from '@/lib/sitemap-chunks';
import { getDb } from '../client';
import { applications, businesses, listings } from '../schema';

// Public reads for the sitemaps, like the storefront's (db/queries/store.ts): no actor, only what a
// shopper may see. Each reads one slice of the primary key (lib/sitemap-chunks.ts), never the table.

export interface SitemapEntry {
  slug: string;
  /** The last change the storefront shows. */
  at: Date | null;
}

function inSlice(id: typeof listings.id | typeof businesses.id, chunk: number, of: number): SQL[] {
  const r = uuidRange(chunk, of);
  return r.to ? [gte(id, r.from), lt(id, r.to)] : [gte(id, r.from)];
}

/** Live listings whose id falls in the slice. */
export async function listSitemapProducts(chunk: number, of: number): Promise<SitemapEntry[]> {
  const db = await getDb();
  return db
    .select({ slug: listings.slug, at: listings.publishedAt })
    .from(listings)
    .where(and(eq(listings.live, true), ...inSlice(listings.id, chunk, of)))
    .orderBy(asc(listings.id))
    .limit(SITEMAP_URL_LIMIT);
}

/** Approved sellers (those with a public page) whose id falls in the slice. */
export async function listSitemapSellers(chunk: number, of: number): Promise<SitemapEntry[]> {
  const db = await getDb();
  return db
    .select({ slug: businesses.slug, at: applications.decidedAt })
    .from(businesses)
    .innerJoin(applications, eq(applications.businessId, businesses.id))
    .where(and(eq(applications.status, 'approved'), ...inSlice(businesses.id, chunk, of)))
    .orderBy(asc(businesses.id))
    .limit(SITEMAP_URL_LIMIT);
}
