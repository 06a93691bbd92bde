/**
 * The storefront's sitemaps are cut by id range, not by counting: each chunk is a fixed slice of the
 * UUID space, so a chunk is one range scan of the primary key and nothing ever counts the table.
 * Ids are random (gen_random_uuid), so the slices fill evenly. A sitemap file holds at most 50,000 URLs
 * (sitemaps.org): 64 product slices stay under it up to about three million live listings.
 */
export const SITEMAP_URL_LIMIT = 50_000;
export const PRODUCT_CHUNKS = 64;
export const SELLER_CHUNKS = 16;

export type SitemapId = 'pages' | `products-${number}` | `sellers-${number}`;

export function sitemapIds(): SitemapId[] {
  return [
    'pages',
    ...Array.from({ length: PRODUCT_CHUNKS }, (_, i) => `products-${i}` as const),
    ...Array.from({ length: SELLER_CHUNKS }, (_, i) => `sellers-${i}` as const),
  ];
}

export type ParsedSitemapId = { kind: 'pages' } | { kind: 'products' | 'sellers'; chunk: number; of: number } | null;

export function parseSitemapId(id: string): ParsedSitemapId {
  if (id === 'pages') return { kind: 'pages' };
  const m = /^(products|sellers)-(\d{1,3})$/.exec(id);
  if (!m) return null;
  const kind = m[1] as 'products' | 'sellers';
  const of = kind === 'products' ? PRODUCT_CHUNKS : SELLER_CHUNKS;
  const chunk = Number(m[2]);
  return chunk < of ? { kind, chunk, of } : null;
}

const uuidAt = (top32: number) => `${top32.toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`;

/** The ids of chunk `chunk` of `of`: from `from` (inclusive) to `to` (exclusive; null for the last). */
export function uuidRange(chunk: number, of: number): { from: string; to: string | null } {
  const step = 2 ** 32 / of;
  return {
    from: uuidAt(Math.floor(chunk * step)),
    to: chunk + 1 >= of ? null : uuidAt(Math.floor((chunk + 1) * step)),
  };
}
