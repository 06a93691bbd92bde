import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug';

describe('slugs', () => {
  it('keep ASCII letters and digits, hyphenated, cut at the length', () => {
    expect(slugify('Door Peninsula Riesling 2022!')).toBe('door-peninsula-riesling-2022');
    expect(slugify('a'.repeat(80), 50)).toHaveLength(50);
  });

  it('fall back for a name with no ASCII letters, and carry a random suffix', () => {
    expect(uniqueSlug('蓝莓', { fallback: 'product', maxLength: 60, suffixLength: 6 })).toMatch(
      /^product-[0-9a-z]{1,6}$/,
    );
    expect(uniqueSlug('Acme Farms', { fallback: 'business', maxLength: 50, suffixLength: 5 })).toMatch(
      /^acme-farms-[0-9a-z]{1,5}$/,
    );
  });
});
