import { describe, expect, it } from 'vitest';
import { etagMatches, weakEtag } from './http';

describe('ETags', () => {
  it('are weak, carry the rules version and differ by query', () => {
    const a = weakEtag('2026-03-18.1', 'x');
    expect(a).toMatch(/^W\/"2026-03-18\.1-[\w-]{22}"$/);
    expect(weakEtag('2026-03-18.1', 'y')).not.toBe(a);
    expect(weakEtag('2026-03-18.2', 'x')).not.toBe(a);
  });

  it('match If-None-Match by weak comparison, in lists and with *', () => {
    const tag = 'W/"v-abc"';
    expect(etagMatches(null, tag)).toBe(false);
    expect(etagMatches('"v-abc"', tag)).toBe(true);
    expect(etagMatches('"other", W/"v-abc"', tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
    expect(etagMatches('"v-abd"', tag)).toBe(false);
  });
});
