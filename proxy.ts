import { NextResponse, type NextRequest } from 'next/server';
import { benchPagesEnabled, env } from '@/lib/env';
import { cachedPage, ownRenderKey, STORE_RENDER_HEADER, withNonce, type Rendered } from '@/lib/store-page-cache';

// Convenience only: redirects anonymous visitors away from signed-in areas and sets security
// headers. Every page, action and route handler still checks the session for itself.
const SIGNED_IN_AREAS = [
  '/dashboard',
  '/onboarding',
  '/settings',
  '/admin',
  '/products',
  '/shipments',
  '/registrations',
  '/notifications',
  '/team',
  '/switch',
  '/helper',
];
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = btoa(crypto.randomUUID());
  const requestId = request.headers.get('x-request-id')?.slice(0, 64) || crypto.randomUUID();
  const dev = env().NODE_ENV !== 'production';

  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  // Benchmark baselines (bench/*.mjs) exist only outside production or when a benchmark run asks for them.
  if (pathname.startsWith('/bench/') && !benchPagesEnabled()) {
    return withHeaders(
      new NextResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } }),
      csp,
      requestId,
      dev,
    );
  }

  const hasSession = SESSION_COOKIES.some((c) => request.cookies.has(c));
  if (!hasSession && SIGNED_IN_AREAS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return withHeaders(NextResponse.redirect(url), csp, requestId, dev);
  }

  const isStore = pathname === '/store' || pathname.startsWith('/store/');
  const renderKey = isStore ? ownRenderKey(request.headers.get(STORE_RENDER_HEADER)) : null;
  if (isStore && !renderKey && storePageCacheable(request)) {
    const cached = await cachedPage(pathname + search, renderStorePage(pathname + search));
    if (cached) {
      const res = new NextResponse(withNonce(cached.page, nonce), {
        status: cached.page.status,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          // As Next sends for a dynamic page: the nonce is this response's alone.
          'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
          Vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch',
          'X-Store-Cache': cached.hit ? 'hit' : 'miss',
        },
      });
      return withHeaders(res, csp, requestId, dev);
    }
  }

  const headers = new Headers(request.headers);
  if (!renderKey) headers.delete(STORE_RENDER_HEADER);
  headers.set('x-nonce', nonce);
  headers.set('x-request-id', requestId);
  headers.set('x-pathname', pathname + search);
  headers.set('content-security-policy', csp);
  if (isStore) headers.set('x-html-lang', 'zh-CN');
  else headers.delete('x-html-lang');
  return withHeaders(NextResponse.next({ request: { headers } }), csp, requestId, dev);
}

// Storefront pages are the same for every visitor (no session, no cookies read), so the proxy serves a
// rendered copy with this request's nonce (lib/store-page-cache.ts). Only document loads of a production
// server, never `next dev`. Next strips its RSC headers (rsc, next-router-*) and the _rsc parameter before
// the proxy runs, so a client navigation's payload request is told apart by what the browser sends: a
// document load asks for text/html (and, where the browser sends fetch metadata, for a document), while
// the router's fetch() asks for */* with Sec-Fetch-Dest: empty. Anything else is rendered by Next as usual.
function storePageCacheable(request: NextRequest) {
  const dest = request.headers.get('sec-fetch-dest');
  return (
    request.method === 'GET' &&
    env().NODE_ENV === 'production' &&
    env().STORE_PAGE_CACHE === 'on' &&
    (request.headers.get('accept') ?? '').includes('text/html') &&
    (dest === null || dest === 'document') &&
    !request.headers.has('rsc') &&
    !request.headers.has('next-action') &&
    !request.nextUrl.searchParams.has('_rsc')
  );
}

// The page is rendered by this same server, through a request to itself marked with the render key (the
// proxy lets that one through to Next). PORT is set by `next start` and the standalone server.
function renderStorePage(path: string) {
  return async (renderToken: string): Promise<Rendered> => {
    const res = await fetch(`http://127.0.0.1:${env().PORT}${path}`, {
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

function withHeaders(res: NextResponse, csp: string, requestId: string, dev: boolean) {
  res.headers.set('Content-Security-Policy', csp);
  res.headers.set('X-Content-Type-Options', 'nosniff');
  res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.headers.set('X-Frame-Options', 'DENY');
  res.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  res.headers.set('X-Request-Id', requestId);
  if (!dev) res.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return res;
}

export const config = {
  // API routes authenticate themselves and answer JSON; the proxy would also buffer upload bodies.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/).*)'],
};
