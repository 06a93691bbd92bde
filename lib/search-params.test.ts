import { describe, expect, it } from 'vitest';
import { firstValues, keptParams, nextPageHref } from './search-params';

describe('search params of the admin lists', () => {
  it('keeps the first of repeated values and drops empty ones, the cursor and notices', () => {
    const raw = firstValues({ status: ['open', 'approved'], q: '', state: 'MI', cursor: 'abc', approved: '3' });
    expect(raw.status).toBe('open');
    expect(keptParams(raw, ['approved']).toString()).toBe('status=open&state=MI');
  });

  it('links the next page with the filters, or nothing on the last page', () => {
    const keep = new URLSearchParams([['state', 'MI']]);
    expect(nextPageHref('/admin/shipments', keep, 'c1')).toBe('/admin/shipments?state=MI&cursor=c1');
    expect(nextPageHref('/admin/shipments', keep, null)).toBeNull();
  });
});
