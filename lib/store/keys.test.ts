import { describe, expect, it } from 'vitest';
import { listKind, storePageKey } from './keys';

const key = (url: string) => {
  const u = new URL(url, 'http://x');
  return storePageKey(u.pathname, u.searchParams);
};

describe('storefront page keys', () => {
  it('keep only the parameters a page reads, first value each, in a fixed order', () => {
    expect(key('/store?utm_source=a&anything=7')).toEqual({ key: '/store', kind: 'browse' });
    expect(key('/store?state=MI&category=fresh_fruit&x=1')).toEqual({
      key: '/store?category=fresh_fruit&state=MI',
      kind: 'browse',
    });
    expect(key('/store?category=fresh_fruit&state=MI')?.key).toBe(key('/store?state=MI&category=fresh_fruit')?.key);
    expect(key('/store?q=tea&q=coffee')).toEqual({ key: '/store?q=tea', kind: 'query' });
    expect(key('/store?q=&cursor=')).toEqual({ key: '/store', kind: 'browse' });
    expect(key('/store/products/blueberries?anything=1')).toEqual({
      key: '/store/products/blueberries',
      kind: 'browse',
    });
    expect(key('/store/sellers/acme?cursor=abc&q=x')).toEqual({ key: '/store/sellers/acme?cursor=abc', kind: 'query' });
  });

  it('are not made for paths no storefront page answers', () => {
    expect(key('/store/products')).toBeNull();
    expect(key('/store/products/a/b')).toBeNull();
    expect(key('/store/anything')).toBeNull();
    expect(key('/dashboard')).toBeNull();
  });

  it('count as free-form (query) anything a visitor can vary: text, cursors, unknown filter values', () => {
    expect(listKind({})).toBe('browse');
    expect(listKind({ category: 'fresh_fruit', state: 'WI' })).toBe('browse');
    expect(listKind({ category: 'no_such_category' })).toBe('query');
    expect(listKind({ state: 'ZZ' })).toBe('query');
    expect(listKind({ q: 'cherries' })).toBe('query');
    expect(listKind({ cursor: 'abc' })).toBe('query');
  });
});
