import { BlockList, isIP } from 'node:net';

// Where a webhook may be sent. An endpoint URL is the partner's to choose, so without these checks it
// could make the portal call its own internal services (SSRF). Checked when the URL is saved and, for
// every delivery, on the addresses the name resolves to at that moment (lib/webhooks/send.ts connects
// to exactly the address checked, so a DNS answer that changes between check and connect cannot
// redirect it).

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
] as const)
  blocked.addSubnet(net, bits, 'ipv6');

/** IPv4 written inside IPv6 (::ffff:10.0.0.1, ::ffff:a00:1) as IPv4, else null. */
function embeddedIpv4(ip: string): string | null {
  const m = /^::ffff:(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (m) return m[1]!;
  const h = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (!h) return null;
  const n = (parseInt(h[1]!, 16) << 16) | parseInt(h[2]!, 16);
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function isLoopback(ip: string): boolean {
  const v4 = isIP(ip) === 4 ? ip : embeddedIpv4(ip);
  if (v4) return v4.startsWith('127.');
  return ip === '::1';
}

/** Private, loopback, link-local, multicast, documentation and other non-public addresses. */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return true; // not an address at all: refuse
  const v4 = family === 4 ? ip : embeddedIpv4(ip);
  if (v4) return blocked.check(v4, 'ipv4');
  return blocked.check(ip, 'ipv6');
}

/** Whether a resolved address may be called: public, or loopback when development allows it. */
export const addressAllowed = (ip: string, allowLoopback: boolean) =>
  !isPrivateAddress(ip) || (allowLoopback && isLoopback(ip));

/**
 * The URL's own problems, or null: https only (plain http only to loopback in development), no
 * credentials, and no literal address that is not public. Names are resolved at send time.
 */
export function webhookUrlProblem(raw: string, allowLoopback: boolean): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'Enter a full address starting with https://.';
  }
  if (u.username || u.password) return 'The address must not contain a user name or password.';
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const loopbackName = host === 'localhost' || host.endsWith('.localhost');
  const loopback = loopbackName || (isIP(host) !== 0 && isLoopback(host));
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && allowLoopback && loopback))
    return 'The address must start with https://.';
  if (loopback) return allowLoopback ? null : 'The address must not point at this server (localhost).';
  if (isIP(host) !== 0 && isPrivateAddress(host)) return 'The address must be a public one, not a private network.';
  return null;
}
