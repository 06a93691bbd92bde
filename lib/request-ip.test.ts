import http from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installPeerAddress, PEER_HEADER, peerAddress } from './peer-address';

async function clientIpWith(hops: string, headers: Record<string, string>) {
  vi.resetModules();
  vi.stubEnv('TRUSTED_PROXY_HOPS', hops);
  const { clientIp } = await import('./request-ip');
  return clientIp(new Headers(headers));
}

afterEach(() => vi.unstubAllEnvs());

/** A real server on loopback, as `next start` runs it: the handler answers with what it reads. */
async function throughServer(sendHeaders: Record<string, string>) {
  installPeerAddress();
  const server = http.createServer((req, res) => {
    const h = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') h.set(k, v);
    res.end(JSON.stringify({ peer: peerAddress(h) }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  try {
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: sendHeaders });
    return (await res.json()) as { peer: string | null };
  } finally {
    server.close();
  }
}

describe('the connection address', () => {
  it('is stamped from the socket, and a client-sent stamp or X-Forwarded-For changes nothing', async () => {
    expect(await throughServer({})).toEqual({ peer: '127.0.0.1' });
    expect(
      await throughServer({
        [PEER_HEADER]: 'guess 203.0.113.9',
        'x-forwarded-for': '203.0.113.9',
        'x-real-ip': '1.2.3.4',
      }),
    ).toEqual({ peer: '127.0.0.1' });
  });

  it('is not read from a header the server did not stamp', () => {
    expect(peerAddress(new Headers({ [PEER_HEADER]: 'guess 203.0.113.9' }))).toBeNull();
    expect(peerAddress(new Headers({ [PEER_HEADER]: '203.0.113.9' }))).toBeNull();
  });
});

describe('clientIp', () => {
  const xff = { 'x-forwarded-for': '203.0.113.9, 198.51.100.7, 10.0.0.2', 'x-real-ip': '192.0.2.1' };

  it('without a trusted proxy ignores every forwarding header (unstamped: one shared bucket)', async () => {
    expect(await clientIpWith('0', xff)).toBe('unknown');
    expect(await clientIpWith('', xff)).toBe('unknown');
  });

  it('with N trusted hops takes the N-th address from the right', async () => {
    expect(await clientIpWith('1', xff)).toBe('10.0.0.2');
    expect(await clientIpWith('2', xff)).toBe('198.51.100.7');
    expect(await clientIpWith('3', xff)).toBe('203.0.113.9');
    // A shorter chain than configured: every entry came from a trusted proxy.
    expect(await clientIpWith('5', xff)).toBe('203.0.113.9');
    expect(await clientIpWith('1', { 'x-forwarded-for': '::ffff:10.1.2.3' })).toBe('10.1.2.3');
  });
});
