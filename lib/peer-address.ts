import { randomBytes } from 'node:crypto';
import http from 'node:http';

// Next (16) gives route handlers, server actions and the proxy no way to read the connection's
// address: it only fills X-Forwarded-For with it when the client sent none, and a client may send
// anything. So the server process stamps every incoming request with the address of the socket it came
// on, in a header of its own, before Next sees it: a client-sent header of that name is overwritten,
// and the stamp carries a per-process secret, so a request that arrived before the stamping began (or
// a server where it never began) has no address rather than a forged one.

export const PEER_HEADER = 'x-hg-peer';

const store = globalThis as unknown as { [k: symbol]: string | boolean | undefined };
const SECRET = Symbol.for('hg.peerAddress.secret');
const INSTALLED = Symbol.for('hg.peerAddress.installed');

function secret(): string {
  store[SECRET] ??= randomBytes(18).toString('base64url');
  return store[SECRET] as string;
}

/** IPv4 clients of a dual-stack socket arrive as ::ffff:a.b.c.d: one client, one bucket. */
export function normaliseAddress(address: string): string {
  const a = address.trim().toLowerCase();
  return (/^::ffff:\d+\.\d+\.\d+\.\d+$/.test(a) ? a.slice(7) : a).slice(0, 64);
}

export function stampPeer(req: http.IncomingMessage): void {
  const address = req.socket?.remoteAddress;
  req.headers[PEER_HEADER] = address ? `${secret()} ${normaliseAddress(address)}` : '';
}

/** Once per process, at server start (instrumentation register()). */
export function installPeerAddress(): void {
  if (store[INSTALLED]) return;
  store[INSTALLED] = true;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') stampPeer(args[0] as http.IncomingMessage);
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}

/** The connection's address, or null when the request was not stamped by this process. */
export function peerAddress(headers: Headers): string | null {
  const v = headers.get(PEER_HEADER);
  if (!v) return null;
  const space = v.indexOf(' ');
  if (space < 0 || v.slice(0, space) !== secret()) return null;
  return v.slice(space + 1) || null;
}
