import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { handleInvalidation, listenForInvalidations, publishInvalidation } from '@/lib/store/notify';
import { cachedPage, noteRenderTags, ownRenderKey } from '@/lib/store/page-cache';
import { lastExpiry, storeCacheStats } from '@/lib/store/state';

// Several app instances share one PostgreSQL: a storefront change made through one is announced with
// NOTIFY, and every other instance expires the same tags (its kept pages and data). Through a
// real LISTEN connection on both engines.

setTestEnv({ uploads: 'store-invalidation-uploads' });
const { conn } = withTestDatabase();

const NONCE = btoa('5b0c2f4e-8d7a-4c1b-9e3f-2a6d1c0b9e88');
const notifyAs = (from: string, payload: unknown) =>
  conn().db.execute(
    sql`select pg_notify('hg_store_invalidate', ${typeof payload === 'string' ? payload : JSON.stringify({ from, ...(payload as object) })})`,
  );

describe('storefront invalidation across instances', () => {
  it("another instance's change expires the tags here; this instance's own, malformed and empty messages change nothing", async () => {
    const stop = await listenForInvalidations();
    expect(stop).not.toBeNull();
    await cachedPage('/store/products/x', 'browse', async (token) => {
      noteRenderTags(ownRenderKey(token), ['store', 'listing:abc']);
      return { status: 200, contentType: 'text/html', csp: `'nonce-${NONCE}'`, html: '<p>x</p>' };
    });
    expect(storeCacheStats().pages.entries).toBe(1);
    const before = lastExpiry('listing:abc');

    await notifyAs('another-instance', { tags: ['listing:abc', 'store:lists'] });
    await expect.poll(() => lastExpiry('listing:abc')).toBeGreaterThan(before);
    const expired = lastExpiry('listing:abc');
    expect(storeCacheStats().pages.entries).toBe(0);

    await publishInvalidation(['listing:abc']); // this instance's own announcement
    await notifyAs('', 'not json');
    await notifyAs('another-instance', { tags: [] });
    await notifyAs('another-instance', { tags: ['x'.repeat(500)] });
    await notifyAs('another-instance', { tags: ['sync'] });
    await expect.poll(() => lastExpiry('sync')).toBeGreaterThan(-1);
    expect(lastExpiry('listing:abc')).toBe(expired);
    await stop!();
  });

  it('validates a message before acting on it', () => {
    expect(handleInvalidation('{"from":"other","tags":["listing:1"]}')).toEqual(['listing:1']);
    expect(handleInvalidation('{"from":"other","tags":"listing:1"}')).toEqual([]);
    expect(handleInvalidation('{"tags":["listing:1"]}')).toEqual([]);
    expect(
      handleInvalidation(JSON.stringify({ from: 'other', tags: Array.from({ length: 101 }, (_, i) => `t${i}`) })),
    ).toEqual([]);
    expect(handleInvalidation('')).toEqual([]);
  });
});
