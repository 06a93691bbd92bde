import { describe, expect, it } from 'vitest';
import { safePath } from './safe-path';

describe('safePath', () => {
  it('keeps same-site paths and refuses anything that leaves the site', () => {
    expect(safePath('/products/1?saved=1')).toBe('/products/1?saved=1');
    expect(safePath('/switch?to=a&next=%2Fshipments')).toBe('/switch?to=a&next=%2Fshipments');
    // The self-check's application link lists channels with commas.
    expect(safePath('/onboarding?channels=a,b&state=MN')).toBe('/onboarding?channels=a,b&state=MN');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', null, 3])
      expect(safePath(bad)).toBe('/dashboard');
    expect(safePath('//x', '/helper')).toBe('/helper');
  });
});
