import { describe, expect, it } from 'vitest';
import { parseSitemapId, PRODUCT_CHUNKS, SELLER_CHUNKS, sitemapIds, uuidRange } from './sitemap-chunks';

describe('sitemap chunks', () => {
  it('cover the whole id space with no gap and no overlap', () => {
    for (const of of [1, 16, 64]) {
      let from = '00000000-0000-0000-0000-000000000000';
      for (let i = 0; i < of; i++) {
        const r = uuidRange(i, of);
        expect(r.from).toBe(from);
        if (i === of - 1) expect(r.to).toBeNull();
        else {
          expect(r.to! > r.from).toBe(true);
          from = r.to!;
        }
      }
    }
    expect(uuidRange(1, 64)).toEqual({
      from: '04000000-0000-0000-0000-000000000000',
      to: '08000000-0000-0000-0000-000000000000',
    });
    expect(uuidRange(63, 64).from).toBe('fc000000-0000-0000-0000-000000000000');
  });

  it('names every chunk once, and reads back only the names it gives', () => {
    const ids = sitemapIds();
    expect(ids).toHaveLength(1 + PRODUCT_CHUNKS + SELLER_CHUNKS);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(parseSitemapId(id)).not.toBeNull();
    expect(parseSitemapId('products-3')).toEqual({ kind: 'products', chunk: 3, of: PRODUCT_CHUNKS });
    for (const bad of ['products-64', `sellers-${SELLER_CHUNKS}`, 'products--1', 'products-1.5', 'x', '', 'pages-1'])
      expect(parseSitemapId(bad), bad).toBeNull();
  });
});
