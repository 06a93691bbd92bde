import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { noteRenderTags, ownRenderKey, STORE_RENDER_HEADER } from './page-cache';
import { clearStoreCaches } from './state';

// The proxy's side of the page cache, against a real HTTP server in this process standing in for Next:
// the cache renders through the address that server listens on (a random port here, not PORT).

(process.env as Record<string, string>).NODE_ENV = 'production';
process.env.PORT = '1';
// A production configuration is complete or refused (lib/env.ts).
process.env.APP_URL = 'https://shop.example';
process.env.AUTH_SECRET = 'serve-test-secret-serve-test-secret-0123';

const NONCE = btoa('5b0c2f4e-8d7a-4c1b-9e3f-2a6d1c0b9e88');
const rendered: string[] = [];
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    rendered.push(req.url ?? '');
    noteRenderTags(ownRenderKey(String(req.headers[STORE_RENDER_HEADER] ?? '')), ['store']);
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `script-src 'nonce-${NONCE}'`,
    });
    res.end(`<script nonce="${NONCE}"></script>${req.url}`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(() => new Promise((r) => server.close(r)));
beforeEach(() => {
  clearStoreCaches();
  rendered.length = 0;
});

const asBrowser = { accept: 'text/html', 'sec-fetch-dest': 'document' };
const get = (serve: typeof import('./serve'), path: string, headers: Record<string, string> = asBrowser) =>
  serve.storePageResponse(new NextRequest(`http://shop.example${path}`, { headers }), btoa(crypto.randomUUID()));

async function withMode(mode: string) {
  process.env.STORE_PAGE_CACHE = mode;
  vi.resetModules();
  return import('./serve');
}

describe('storefront page responses', () => {
  it('render once through the listening server, under the canonical URL, whatever else the URL carries', async () => {
    const serve = await withMode('on');
    const port = (server.address() as AddressInfo).port;
    expect(serve.listeningOrigin()).toBe(`http://127.0.0.1:${port}`);
    const first = await get(serve, '/store?state=MI&utm_source=mail&category=wine');
    const second = await get(serve, '/store?category=wine&state=MI&anything=2');
    expect(rendered).toEqual(['/store?category=wine&state=MI']);
    expect(await second!.text()).toContain('/store?category=wine&state=MI');
    expect(first!.status).toBe(200);
  });

  it('say whether a page was kept only in debug mode', async () => {
    const on = await withMode('on');
    await get(on, '/store/products/a');
    expect((await get(on, '/store/products/a'))!.headers.get('x-store-cache')).toBeNull();
    const debug = await withMode('debug');
    expect((await get(debug, '/store/products/a'))!.headers.get('x-store-cache')).toBe('hit');
    expect((await get(debug, '/store/products/b'))!.headers.get('x-store-cache')).toBe('miss');
  });

  it('leave to Next what the cache does not answer: switched off, a payload fetch, an unknown path', async () => {
    const off = await withMode('off');
    expect(await get(off, '/store')).toBeNull();
    const on = await withMode('on');
    expect(await get(on, '/store', { accept: '*/*', 'sec-fetch-dest': 'empty' })).toBeNull();
    expect(await get(on, '/store/unknown')).toBeNull();
    expect(rendered).toEqual([]);
  });

  it('reach a wildcard listener through loopback', async () => {
    const serve = await withMode('on');
    expect(serve.originOf({ address: '0.0.0.0', port: 80, family: 'IPv4' })).toBe('http://127.0.0.1:80');
    expect(serve.originOf({ address: '::', port: 80, family: 'IPv6' })).toBe('http://[::1]:80');
    expect(serve.originOf({ address: '10.1.2.3', port: 81, family: 'IPv4' })).toBe('http://10.1.2.3:81');
  });
});
