import { env } from './env';
import { normaliseAddress, peerAddress } from './peer-address';

/**
 * The client's address for rate limits; a client must not be able to choose it.
 *
 * TRUSTED_PROXY_HOPS=0 (the default): the app is reached directly, so the connection's own address is
 * the client, and X-Forwarded-For / X-Real-IP (written by the client) are ignored.
 * TRUSTED_PROXY_HOPS=N: N proxies in front, each appending the address it saw to X-Forwarded-For; the
 * client is the Nth address from the right (anything left of it was written by the client). The app
 * must then be reachable only through those proxies (README).
 */
export function clientIp(headers: Headers): string {
  const hops = env().TRUSTED_PROXY_HOPS;
  const peer = peerAddress(headers);
  if (hops === 0) return peer ?? 'unknown';
  const parts = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  // Fewer entries than hops: every entry was appended by a proxy we trust, the left-most is the client.
  const pick = parts[Math.max(0, parts.length - hops)];
  return pick ? normaliseAddress(pick) : (peer ?? 'unknown');
}
