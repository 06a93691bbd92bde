import { CATEGORIES } from '@/lib/rules/channels';
import { US_STATES } from '@/lib/rules/us-states';

// Cache keys hold only what a page reads, so `?anything=N` cannot make a new entry. A key whose values a
// visitor can vary freely (search text, a cursor, an unknown filter) is a `query` key: those live in
// their own smaller caches and cannot push the catalogue's pages out.

export type KeyKind = 'browse' | 'query';

/** Every cached entry carries STORE; lists also LISTS; a product page its listing, a seller page its seller. */
export const STORE = 'store';
export const LISTS = 'store:lists';
/** The export rules kept in memory; a rules change also expires STORE (offers and taxes change). */
export const RULES = 'rules';
export const listingTag = (id: string) => `listing:${id}`;
export const sellerTag = (slug: string) => `seller:${slug}`;

const CATEGORY_CODES = new Set<string>(CATEGORIES.map((c) => c.code));
const PAGE_PARAMS: [RegExp, readonly string[]][] = [
  [/^\/store$/, ['category', 'state', 'q', 'cursor']],
  [/^\/store\/products\/[^/]+$/, []],
  [/^\/store\/sellers\/[^/]+$/, ['cursor']],
];

/**
 * The page cache's key for a storefront URL: its path and the parameters that page reads, first value
 * each, in a fixed order (the page is rendered from this canonical URL). Null for any other path.
 */
export function storePageKey(pathname: string, params: URLSearchParams): { key: string; kind: KeyKind } | null {
  const names = PAGE_PARAMS.find(([re]) => re.test(pathname))?.[1];
  if (!names) return null;
  const kept = new URLSearchParams();
  for (const name of names) {
    const v = params.get(name);
    if (v) kept.set(name, v);
  }
  const qs = kept.toString();
  return { key: qs ? `${pathname}?${qs}` : pathname, kind: listKind(Object.fromEntries(kept)) };
}

/** `browse` when every value comes from a closed set; `query` when a visitor chose it freely. */
export function listKind(f: { category?: string; state?: string; q?: string; cursor?: string }): KeyKind {
  if (f.q || f.cursor) return 'query';
  if (f.category && !CATEGORY_CODES.has(f.category)) return 'query';
  if (f.state && !Object.hasOwn(US_STATES, f.state)) return 'query';
  return 'browse';
}
