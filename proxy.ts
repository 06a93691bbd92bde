import { NextResponse, type NextRequest } from 'next/server';
import { benchPagesEnabled, env } from '@/lib/env';
import { isOwnStoreRender, isStorePath, STORE_RENDER_HEADER, storePageResponse } from '@/lib/store';

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

  // Storefront pages read no session or cookie, so a rendered copy serves every visitor (docs/storefront-cache.md).
  const isStore = isStorePath(pathname);
  const ownRender = isStore && isOwnStoreRender(request);
  if (isStore && !ownRender) {
    const stored = await storePageResponse(request, nonce);
    if (stored) return withHeaders(stored, csp, requestId, dev);
  }

  const headers = new Headers(request.headers);
  if (!ownRender) headers.delete(STORE_RENDER_HEADER);
  headers.set('x-nonce', nonce);
  headers.set('x-request-id', requestId);
  headers.set('x-pathname', pathname + search);
  headers.set('content-security-policy', csp);
  if (isStore) headers.set('x-html-lang', 'zh-CN');
  else headers.delete('x-html-lang');
  return withHeaders(NextResponse.next({ request: { headers } }), csp, requestId, dev);
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
