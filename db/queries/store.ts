import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { CategoryCode, ChannelCode } from '@/lib/domain/export-rules';
import { getDb } from '../client';
import { decodeKeyset, encodeKeyset } from '../pagination';
import { applications, businesses, listings } from '../schema';
import { rarestElementShare } from './element-stats';

// The public storefront. Every read here is anonymous by design (no actor: the data is public) and
// reads ONLY the approved copy (`published`, pub_* columns) of rows whose `live` flag is set, so a
// seller's pending edit (`content`) and a suspended seller's goods can never reach a shopper.
// Results are JSON-safe (dates as strings): the storefront cache (lib/store) sizes what it keeps by its JSON.

export const STORE_PAGE_SIZE = 24;

export interface StoreCard {
  id: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  category: CategoryCode;
  originState: string;
  priceUsdCents: number;
  thumbPhotoId: string | null;
  sellerSlug: string;
  sellerName: string;
}

export interface StorePage {
  items: StoreCard[];
  nextCursor: string | null;
  /** The search was stopped at SEARCH_TIMEOUT_MS (a term matching almost nothing scans the whole catalogue). */
  searchTimedOut?: boolean;
  /** Too many searches were running in this instance: none was run for this request. */
  searchBusy?: boolean;
  /** Latin-letter terms too short to search by (fewer than MIN_LATIN_TERM characters), left out. */
  ignoredTerms?: string[];
}

/**
 * Search terms are substring matches (LIKE '%term%') on pub_search, which the trigram index
 * listings_store_search_idx (pg_trgm GIN, WHERE live) serves: the planner walks the ordered store index
 * for common terms (a page of matches comes quickly) and takes the trigram index for rare ones, then
 * sorts the few matches (bench/STORE.md). A term of one or two characters has no trigram, so a rare
 * short term still walks the ordered index: the cut-off stays as the safety net for that case.
 */
export const SEARCH_TIMEOUT_MS = 1500;

export interface StoreFilter {
  category?: string;
  state?: string;
  q?: string;
  cursor?: string;
  /** Only this business's listings (the seller's public page). */
  businessId?: string;
}

/**
 * A term of one or two Latin characters has no trigram and no gram row (only non-ASCII short terms do), so
 * alone it could only be served by walking every live listing. Beside a term an index can serve
 * ("blueberries 2 kg") it only narrows; a search of such terms alone is not run (ignoredTerms).
 */
export const MIN_LATIN_TERM = 3;

/** Lower-cased search terms (at most 5), matched as substrings of pub_search (English + Chinese title). */
export function searchTerms(q: string | undefined): string[] {
  const terms = splitTerms(q);
  return terms.some(searchable) ? terms : [];
}

function splitTerms(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 5)
    .map((t) => t.slice(0, 40));
}

const searchable = (t: string) => isShortGramTerm(t) || [...t].length >= MIN_LATIN_TERM;

/**
 * Searches running at once in this instance. A search may hold a pooled connection up to its timeout (and
 * PGlite enforces no statement_timeout at all), so anonymous searches must never take every connection:
 * beyond this many, a request waits briefly for a turn, then is told to try again.
 */
export const MAX_CONCURRENT_SEARCHES = 2;
const SEARCH_WAIT_MS = 5000;
const MAX_WAITING_SEARCHES = 100;
const searchSlots = globalThis as unknown as { __hgSearchSlots?: { running: number; waiting: (() => void)[] } };

/** Runs `fn` in one of the instance's search slots; null when no slot came free in time. */
export async function withSearchSlot<T>(fn: () => Promise<T>): Promise<T | null> {
  const slots = (searchSlots.__hgSearchSlots ??= { running: 0, waiting: [] });
  if (slots.running >= MAX_CONCURRENT_SEARCHES) {
    if (slots.waiting.length >= MAX_WAITING_SEARCHES) return null;
    const turn = await new Promise<boolean>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        slots.waiting.splice(slots.waiting.indexOf(wake), 1);
        resolve(false);
      }, SEARCH_WAIT_MS);
      slots.waiting.push(wake);
    });
    if (!turn) return null;
  } else slots.running++;
  try {
    return await fn();
  } finally {
    // Hand the slot straight to the next waiter, or free it.
    const next = slots.waiting.shift();
    if (next) next();
    else slots.running--;
  }
}

/**
 * A term of one or two characters with a non-ASCII one ("樱桃", "酒") makes no trigram; it is looked up in
 * pub_grams (every such 1–2 character substring of pub_search), which is the same substring test.
 */
export function isShortGramTerm(term: string): boolean {
  const chars = [...term];
  return chars.length <= 2 && chars.some((c) => c.codePointAt(0)! > 0x7f);
}

/** A term as a LIKE pattern that matches it as a plain substring (%, _ and \ are literal). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, '\\$&')}%`;
}

/** Below this share of live listings, a short Chinese term's matches are read through pub_grams and sorted. */
const RARE_GRAM_SHARE = 0.002;

/** SQLSTATE 57014 (statement timeout), as postgres.js and PGlite report it, possibly wrapped by drizzle. */
function isQueryCanceled(e: unknown): boolean {
  for (let x: unknown = e, i = 0; x && i < 3; x = (x as { cause?: unknown }).cause, i++)
    if ((x as { code?: string }).code === '57014') return true;
  return false;
}

const sellerName = sql<string>`coalesce(nullif(${businesses.dba}, ''), ${businesses.legalName})`;

/**
 * Live listings newest first, keyset-paginated on (published_at, id). The ORDER BY matches the partial
 * indexes listings_store_idx / _category_idx / _state_idx (WHERE live), so each page is an index range
 * scan that starts at the cursor: the last page costs what the first does. Search terms are LIKE filters
 * (see SEARCH_TIMEOUT_MS for how they are served).
 */
export async function listStoreListings(f: StoreFilter): Promise<StorePage> {
  const db = await getDb();
  const where: SQL[] = [eq(listings.live, true)];
  if (f.category) where.push(eq(listings.pubCategory, f.category));
  if (f.state) where.push(eq(listings.pubOriginState, f.state));
  if (f.businessId) where.push(eq(listings.businessId, f.businessId));
  const terms = searchTerms(f.q);
  const ignoredTerms = terms.length ? [] : splitTerms(f.q);
  for (const term of terms) {
    where.push(
      isShortGramTerm(term)
        ? sql`${listings.pubGrams} @> array[${term}]::text[]`
        : sql`${listings.pubSearch} like ${containsPattern(term)}`,
    );
  }
  const c = decodeKeyset(f.cursor);
  // A row comparison lets PostgreSQL start the descending index scan right at the cursor.
  if (c) where.push(sql`(${listings.publishedAt}, ${listings.id}) < (${c[0]}::timestamptz, ${c[1]}::uuid)`);
  // rareGrams: order by an expression no index provides, so the planner reads the few matches through the
  // pub_grams GIN index and sorts them (same rows, same order) instead of walking the newest-first index.
  const run = (q: Pick<typeof db, 'select'>, rareGrams = false) =>
    q
      .select({
        id: listings.id,
        slug: listings.slug,
        titleZh: sql<string>`${listings.pubTitleZh}`,
        titleEn: sql<string>`${listings.published}->>'titleEn'`,
        category: sql<CategoryCode>`${listings.pubCategory}`,
        originState: sql<string>`${listings.pubOriginState}`,
        priceUsdCents: listings.priceUsdCents,
        thumbPhotoId: sql<string | null>`${listings.published}->'photoIds'->>0`,
        sellerSlug: businesses.slug,
        sellerName,
        at: sql<string>`${listings.publishedAt}::text`,
      })
      .from(listings)
      .innerJoin(businesses, eq(businesses.id, listings.businessId))
      .where(and(...where))
      // NULLS LAST as in the indexes (drizzle's .desc() builds them so); plain DESC means NULLS FIRST in
      // PostgreSQL, which no index can serve: that sorted all 4.6M live rows per page (13 s at 5M).
      .orderBy(
        rareGrams
          ? sql`${listings.publishedAt} + interval '0 seconds' desc nulls last`
          : sql`${listings.publishedAt} desc nulls last`,
        sql`${listings.id} desc nulls last`,
      )
      .limit(STORE_PAGE_SIZE + 1);
  const shortTerms = terms.filter(isShortGramTerm);
  let rows: Awaited<ReturnType<typeof run>>;
  if (!terms.length) rows = await run(db);
  else {
    try {
      const found = await withSearchSlot(() =>
        db.transaction(async (tx) => {
          // Custom plans only: postgres.js prepares statements, and after five runs PostgreSQL may keep a
          // generic plan, which cannot see the pattern to choose between the ordered walk and the trigram index.
          // No parallel workers: a page is at most 25 rows, and starting workers alone took 30–50 ms here
          // (a rare term read through an index, bench/STORE.md).
          await tx.execute(
            sql`select set_config('statement_timeout', ${String(SEARCH_TIMEOUT_MS)}, true), set_config('plan_cache_mode', 'force_custom_plan', true), set_config('max_parallel_workers_per_gather', '0', true)`,
          );
          // PostgreSQL guesses a gram it has no statistics for at 0.4 % of listings (2M), enough to walk the
          // newest-first index through every listing for a term nobody sells ("榴莲": the 1.5 s cut-off).
          const share = await rarestElementShare(tx, 'listings', 'pub_grams', shortTerms);
          return run(tx, share !== null && share < RARE_GRAM_SHARE);
        }),
      );
      if (!found) return { items: [], nextCursor: null, searchBusy: true, ignoredTerms };
      rows = found;
    } catch (e) {
      if (isQueryCanceled(e)) return { items: [], nextCursor: null, searchTimedOut: true, ignoredTerms };
      throw e;
    }
  }
  const more = rows.length > STORE_PAGE_SIZE;
  const page = rows.slice(0, STORE_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map(({ at: _at, ...card }) => card),
    nextCursor: more && last ? encodeKeyset(last.at, last.id) : null,
    ...(ignoredTerms.length ? { ignoredTerms } : {}),
  };
}

export interface StoreProduct {
  id: string;
  slug: string;
  category: CategoryCode;
  hs6: string;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  unit: string;
  packSize: string;
  minOrder: number;
  weightKg: number;
  originState: string;
  channels: ChannelCode[];
  attributes: Record<string, string | number | boolean>;
  photoIds: string[];
  priceUsdCents: number;
  stock: number;
  publishedAt: string;
  seller: { slug: string; name: string; state: string | null };
}

/** The id behind a public slug (slugs never change), whether live or not: the page still checks `live`. */
export async function getStoreListingId(slug: string): Promise<string | null> {
  const db = await getDb();
  const [r] = await db.select({ id: listings.id }).from(listings).where(eq(listings.slug, slug));
  return r?.id ?? null;
}

/** A live listing's approved copy, by its public slug; null when it does not exist or is not live. */
export async function getStoreProduct(slug: string): Promise<StoreProduct | null> {
  const id = await getStoreListingId(slug);
  return id ? getStoreProductById(id) : null;
}

/** A live listing's approved copy; null when it does not exist or is not live. */
export async function getStoreProductById(id: string): Promise<StoreProduct | null> {
  const db = await getDb();
  const [r] = await db
    .select({
      id: listings.id,
      slug: listings.slug,
      published: listings.published,
      priceUsdCents: listings.priceUsdCents,
      stock: listings.stock,
      publishedAt: sql<string>`${listings.publishedAt}::text`,
      sellerSlug: businesses.slug,
      sellerName,
      sellerState: businesses.state,
    })
    .from(listings)
    .innerJoin(businesses, eq(businesses.id, listings.businessId))
    .where(and(eq(listings.id, id), eq(listings.live, true)));
  const p = r?.published;
  if (!r || !p) return null;
  return {
    id: r.id,
    slug: r.slug,
    category: p.category,
    hs6: p.hs6,
    titleZh: p.titleZh,
    titleEn: p.titleEn,
    descriptionZh: p.descriptionZh,
    descriptionEn: p.descriptionEn,
    unit: p.unit,
    packSize: p.packSize,
    minOrder: p.minOrder,
    weightKg: p.weightKg,
    originState: p.originState,
    channels: p.channels,
    attributes: p.attributes,
    photoIds: p.photoIds,
    priceUsdCents: r.priceUsdCents,
    stock: r.stock,
    publishedAt: r.publishedAt,
    seller: { slug: r.sellerSlug, name: r.sellerName, state: r.sellerState },
  };
}

export interface StoreSeller {
  id: string;
  slug: string;
  name: string;
  city: string | null;
  state: string | null;
  story: string | null;
  yearFounded: number | null;
}

/** A business's public profile; only an approved business has one (anything else: null → 404). */
export async function getStoreSeller(slug: string): Promise<StoreSeller | null> {
  const db = await getDb();
  const [r] = await db
    .select({
      id: businesses.id,
      slug: businesses.slug,
      name: sellerName,
      city: businesses.city,
      state: businesses.state,
      story: businesses.story,
      yearFounded: businesses.yearFounded,
    })
    .from(businesses)
    .innerJoin(applications, eq(applications.businessId, businesses.id))
    .where(and(eq(businesses.slug, slug), eq(applications.status, 'approved')));
  return r ?? null;
}
