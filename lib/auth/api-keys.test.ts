import { describe, expect, it } from 'vitest';
import { KEY_PATTERN } from '@/lib/domain/partners';
import { bearerKey, hashApiKey, newApiKey } from './api-keys';

describe('API keys', () => {
  it('makes keys with a visible prefix and a 256-bit secret, stored only as SHA-256', () => {
    const a = newApiKey();
    const b = newApiKey();
    expect(a.key).toMatch(KEY_PATTERN);
    expect(a.key.startsWith(`hgp_${a.prefix}_`)).toBe(true);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.key.slice(13));
    expect(a.key).not.toBe(b.key);
    expect(a.hash).not.toBe(b.hash);
  });

  it('reads only a well-formed Bearer key', () => {
    const { key } = newApiKey();
    expect(bearerKey(new Headers())).toBeNull();
    expect(bearerKey(new Headers({ authorization: `Bearer ${key}` }))).toEqual({ key });
    expect(bearerKey(new Headers({ authorization: `bearer ${key}` }))).toEqual({ key });
    expect(bearerKey(new Headers({ authorization: `Basic ${key}` }))).toEqual({ malformed: true });
    expect(bearerKey(new Headers({ authorization: 'Bearer hgp_short' }))).toEqual({ malformed: true });
    expect(bearerKey(new Headers({ authorization: `Bearer ${key}x` }))).toEqual({ malformed: true });
  });
});
