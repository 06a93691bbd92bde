import { env } from './env';

/**
 * The client's address for rate limits. Behind a proxy that sets X-Forwarded-For, set
 * TRUST_PROXY_HEADERS=true and the left-most address is used; otherwise the right-most
 * (appended by the nearest hop) is used, so a client cannot pick its own bucket.
 */
export function clientIp(headers: Headers): string {
  const xff = headers.get('x-forwarded-for');
  if (xff) {
    const parts = xff
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const pick = env().TRUST_PROXY_HEADERS ? parts[0] : parts[parts.length - 1];
    if (pick) return pick.slice(0, 64);
  }
  return headers.get('x-real-ip')?.slice(0, 64) ?? 'unknown';
}
