import { createHash, randomBytes } from 'node:crypto';
import { KEY_PATTERN } from '@/lib/domain/partners';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** SHA-256 of the whole key, hex: what is stored and looked up. */
export const hashApiKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new key: shown once to its creator; only `hash` and `prefix` are kept. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const bytes = randomBytes(8);
  const prefix = [...bytes].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
  const key = `hgp_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** The key from `Authorization: Bearer <key>`, or null when the header is absent or not one of ours. */
export function bearerKey(headers: Headers): { key: string } | { malformed: true } | null {
  const h = headers.get('authorization');
  if (!h) return null;
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(h);
  if (!m || !KEY_PATTERN.test(m[1]!)) return { malformed: true };
  return { key: m[1]! };
}
