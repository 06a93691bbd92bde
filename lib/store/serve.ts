import net from 'node:net';
import tls from 'node:tls';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { storePageKey } from './keys';
import { cachedPage, ownRenderKey, STORE_RENDER_HEADER, withNonce, type Rendered } from './page-cache';
import { state } from './state';

export const isStorePath = (pathname: string) => pathname === '/store' || pathname.startsWith('/store/');

/** True for the page cache's own render request (the proxy lets it through to Next with its header). */
export function isOwnStoreRender(request: NextRequest): boolean {
  return ownRenderKey(request.headers.get(STORE_RENDER_HEADER)) !== null;
}

/**
 * A storefront document load answered from the page cache (or rendered once for it), with this
 * response's nonce; null when Next should render the request as usual.
 */
export async function storePageResponse(request: NextRequest, nonce: string): Promise<NextResponse | null> {
  const mode = env().STORE_PAGE_CACHE;
  if (mode === 'off' || !storePageCacheable(request)) return null;
  const k = storePageKey(request.nextUrl.pathname, request.nextUrl.searchParams);
  const origin = listeningOrigin();
  if (!k || !origin) return null;
  const cached = await cachedPage(k.key, k.kind, renderThrough(origin, k.key));
  if (!cached) return null;
  return new NextResponse(withNonce(cached.page, nonce), {
    status: cached.page.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // As Next sends for a dynamic page: the nonce is this response's alone.
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      Vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch',
      // Whether a page was kept says what other visitors asked for: only when debugging.
      ...(mode === 'debug' ? { 'X-Store-Cache': cached.hit ? 'hit' : 'miss' } : {}),
    },
  });
}

// Only document loads of a production server. Next strips its RSC headers and the _rsc parameter before
// the proxy runs, so a client navigation's payload request is told apart by what the browser sends: a
// document load accepts text/html (and, with fetch metadata, is a document); the router's fetch() accepts
// */* with Sec-Fetch-Dest: empty.
function storePageCacheable(request: NextRequest) {
  const dest = request.headers.get('sec-fetch-dest');
  return (
    request.method === 'GET' &&
    env().NODE_ENV === 'production' &&
    (request.headers.get('accept') ?? '').includes('text/html') &&
    (dest === null || dest === 'document') &&
    !request.headers.has('rsc') &&
    !request.headers.has('next-action') &&
    !request.nextUrl.searchParams.has('_rsc')
  );
}

/** The page is rendered by this same server, through a request to itself carrying the render token. */
function renderThrough(origin: string, path: string) {
  return async (renderToken: string): Promise<Rendered> => {
    const res = await fetch(`${origin}${path}`, {
      headers: { [STORE_RENDER_HEADER]: renderToken, accept: 'text/html' },
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
    return {
      status: res.status,
      html: await res.text(),
      csp: res.headers.get('content-security-policy'),
      contentType: res.headers.get('content-type'),
    };
  };
}

/**
 * The address this process's HTTP server listens on, read from the listening socket itself (not from
 * configuration a deployment may set differently, nor from the request's Host header). A wildcard
 * address is reached through loopback. Null until a plain-HTTP server listens.
 */
export function listeningOrigin(): string | null {
  if (state.origin) return state.origin;
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  for (const h of handles) {
    if (!(h instanceof net.Server) || h instanceof tls.Server || !h.listening) continue;
    const a = h.address();
    if (!a || typeof a === 'string') continue;
    state.origin = originOf(a);
    return state.origin;
  }
  return null;
}

export function originOf(a: net.AddressInfo): string {
  const host = a.address === '0.0.0.0' ? '127.0.0.1' : a.address === '::' ? '::1' : a.address.replace(/^::ffff:/, '');
  return `http://${net.isIPv6(host) ? `[${host}]` : host}:${a.port}`;
}
