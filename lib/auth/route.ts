import 'server-only';
import { z } from 'zod';
import { partnerKeyLimiter, publicApiLimiter, type RateLimitResult } from '@/lib/api/rate-limit-memory';
import type { ApiScope } from '@/lib/domain/partners';
import { env } from '@/lib/env';
import { NotFoundError } from '@/lib/errors';
import { log } from '@/lib/log';
import { clientIp } from '@/lib/request-ip';
import { admit, type Access } from './access';
import { ANONYMOUS, type Caller, type PartnerCaller } from './actor';
import { bearerKey } from './api-keys';
import type { ActorFor } from './action';
import { ACTING_FOR_FIELD, SWITCHED_MESSAGE, switchedPath } from './chosen-business';

// Every route handler is `export const METHOD = route({ access, ... }, handler)`. The wrapper, in order:
// refuses a cross-site state-changing request (403, before the body is read), applies the rate limit,
// validates the path parameters (404), admits the caller (401 anonymous, 404 wrong kind: never a
// redirect), runs the handler (the data layer's NotFoundError → 404; anything else → a generic 500 with
// a request id, details in the log) and adds the security headers every /api answer needs (the proxy
// does not run for /api). A test (lib/auth/endpoints.test.ts) fails on any route.ts method not wrapped.

type RawParams = Record<string, string | string[] | undefined>;

export interface Failure {
  status: number;
  /** Machine-readable: not_found, unauthenticated, insufficient_scope, cross_site, rate_limited, switched_business, server_error. */
  code: string;
  message: string;
  headers?: Record<string, string>;
}

export interface RouteOptions<A extends Access, P extends z.ZodType> {
  access: A;
  /** Path parameters ([id] segments); anything the schema refuses is a 404. */
  params?: P;
  /** A public handler that shows more to a signed-in caller (e.g. an unpublished photo to its seller). */
  identify?: boolean;
  /** A per-client-address budget (lib/api/rate-limit-memory.ts). */
  limit?: 'public-api';
  /** Anonymous, cookie-free reads only: any origin may read the answer from a browser. */
  cors?: boolean;
  /** The body of the wrapper's own refusals, for an API with its own error shape. */
  failure?: (f: Failure) => Response;
  /** access 'partner': the API key must hold this scope (403 insufficient_scope otherwise). */
  scope?: ApiScope;
}

export interface RouteContext<A extends Access, P extends z.ZodType> {
  request: Request;
  actor: ActorFor<A>;
  params: z.output<P>;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const defaultFailure = (f: Failure) =>
  Response.json(
    { ok: false, error: f.code, message: f.message },
    { status: f.status, headers: { 'Cache-Control': 'no-store', ...f.headers } },
  );

/**
 * A browser tells where a request comes from: Sec-Fetch-Site (all current browsers) and Origin (every
 * POST). Either naming another site means a page elsewhere is using the visitor's cookies. A request with
 * neither is not a browser's, so it carries no visitor's cookies either.
 */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, file:) or garbage
  }
  const own = [request.headers.get('x-forwarded-host'), request.headers.get('host'), new URL(env().APP_URL).host];
  return !own.includes(host);
}

function rateLimitHeaders(r: RateLimitResult): Record<string, string> {
  return {
    'RateLimit-Limit': String(r.limit),
    'RateLimit-Remaining': String(r.remaining),
    'RateLimit-Reset': String(r.retryAfterSeconds),
  };
}

/** Headers of a Response.redirect() or fetch() answer are immutable: such an answer is copied to add ours. */
function withHeaders(res: Response, add: Record<string, string>, onlyIfMissing: Record<string, string>): Response {
  const apply = (r: Response) => {
    for (const [k, v] of Object.entries(add)) r.headers.set(k, v);
    for (const [k, v] of Object.entries(onlyIfMissing)) if (!r.headers.has(k)) r.headers.set(k, v);
    return r;
  };
  try {
    return apply(res);
  } catch {
    return apply(
      new Response(res.body, { status: res.status, statusText: res.statusText, headers: new Headers(res.headers) }),
    );
  }
}

const unauthenticated = (message: string): Failure => ({
  status: 401,
  code: 'unauthenticated',
  message,
  headers: { 'WWW-Authenticate': 'Bearer realm="partner-api"' },
});

/**
 * The partner door: the key from `Authorization: Bearer`, looked up (and its use recorded) on every
 * request, then its own per-minute budget, then the scope the endpoint declares.
 */
async function admitPartner(
  request: Request,
  scope: ApiScope | undefined,
  added: Record<string, string>,
): Promise<PartnerCaller | Failure> {
  const bearer = bearerKey(request.headers);
  if (!bearer) return unauthenticated('Send your API key in the header Authorization: Bearer <key>.');
  if ('malformed' in bearer)
    return unauthenticated('The Authorization header must be "Bearer " followed by an API key (hgp_…).');
  const { authenticateApiKey } = await import('@/db/queries/partners');
  const caller = await authenticateApiKey(bearer.key);
  if (!caller) return unauthenticated('This API key is unknown or has been revoked.');
  const r = partnerKeyLimiter().hit(caller.keyId, Date.now(), caller.rateLimitPerMinute);
  Object.assign(added, rateLimitHeaders(r));
  const { recordKeyUsage } = await import('@/db/mutations/partners');
  await recordKeyUsage(caller.keyId, !r.allowed);
  if (!r.allowed)
    return {
      status: 429,
      code: 'rate_limited',
      message: `Too many requests: this key may make ${r.limit} per minute. Try again in ${r.retryAfterSeconds} s.`,
      headers: { 'Retry-After': String(r.retryAfterSeconds) },
    };
  if (!scope || !caller.scopes.includes(scope))
    return {
      status: 403,
      code: 'insufficient_scope',
      message: `This API key lacks the scope ${scope ?? '(none declared)'}; create a key with it at /partner.`,
    };
  const { rateLimitPerMinute: _, ...partner } = caller;
  return partner;
}

export function route<A extends Access, P extends z.ZodType = z.ZodType<Record<string, never>>>(
  options: RouteOptions<A, P>,
  handler: (ctx: RouteContext<A, P>) => Response | Promise<Response>,
): (request: Request, context?: { params?: Promise<RawParams> }) => Promise<Response> {
  const fail = options.failure ?? defaultFailure;
  return async (request, context) => {
    const added: Record<string, string> = {};
    if (options.cors) added['Access-Control-Allow-Origin'] = '*';
    const answer = (res: Response) =>
      withHeaders(res, added, {
        ...SECURITY_HEADERS,
        // No page of ours is ever framed; an answer that sets its own policy (a document) keeps it.
        'Content-Security-Policy': "frame-ancestors 'none'",
        ...(options.access === 'public' ? {} : { 'Cache-Control': 'private, no-store' }),
        ...(options.cors ? { 'Cross-Origin-Resource-Policy': 'cross-origin' } : {}),
      });
    const refuse = (f: Failure) => answer(fail(f));

    // A bearer key is never sent by a browser on its own, so another site cannot use it as it can cookies.
    if (options.access !== 'partner' && STATE_CHANGING.has(request.method) && isCrossSite(request))
      return refuse({ status: 403, code: 'cross_site', message: 'Cross-site requests are refused.' });

    if (options.limit === 'public-api') {
      const r = publicApiLimiter().hit(clientIp(request.headers));
      Object.assign(added, rateLimitHeaders(r));
      if (!r.allowed)
        return refuse({
          status: 429,
          code: 'rate_limited',
          message: `Too many requests: at most ${r.limit} per minute from one address. Try again in ${r.retryAfterSeconds} s.`,
          headers: { 'Retry-After': String(r.retryAfterSeconds) },
        });
    }

    const notFound = () => refuse({ status: 404, code: 'not_found', message: 'Not found.' });
    const raw = (await context?.params) ?? {};
    const params = (options.params ?? z.object({})).safeParse(raw);
    if (!params.success) return notFound();

    let actor: Caller | PartnerCaller;
    if (options.access === 'public' && !options.identify) actor = ANONYMOUS;
    else if (options.access === 'partner') {
      const partner = await admitPartner(request, options.scope, added);
      if ('status' in partner) return refuse(partner);
      actor = partner;
    } else {
      // Loaded on first use: public reads never touch Auth.js (nor do their unit tests).
      const { getActor } = await import('./guards');
      const signedIn = await getActor();
      const admission = admit(options.access, signedIn);
      if (admission === 'anonymous')
        return refuse({ status: 401, code: 'unauthenticated', message: 'Sign in to continue.' });
      if (admission === 'refused') return notFound();
      // An upload from a page of another business than the one acted for now changes nothing.
      const pageFor = new URL(request.url).searchParams.get(ACTING_FOR_FIELD);
      if (signedIn?.role === 'business' && pageFor !== null && STATE_CHANGING.has(request.method)) {
        if (pageFor !== (signedIn.businessId ?? '')) {
          if ((request.headers.get('accept') ?? '').includes('application/json'))
            return refuse({ status: 409, code: 'switched_business', message: SWITCHED_MESSAGE });
          const back = new URL(request.headers.get('referer') ?? '/dashboard', request.url);
          const to = back.origin === new URL(request.url).origin ? back.pathname + back.search : '/dashboard';
          return answer(Response.redirect(new URL(switchedPath(pageFor, to), request.url), 303));
        }
      }
      actor = signedIn ?? ANONYMOUS;
    }

    try {
      const res = await handler({ request, actor: actor as ActorFor<A>, params: params.data as z.output<P> });
      return answer(res);
    } catch (error) {
      if (error instanceof NotFoundError) return notFound();
      const requestId = crypto.randomUUID();
      log.error('route handler failed', {
        requestId,
        method: request.method,
        path: new URL(request.url).pathname,
        error,
      });
      return refuse({
        status: 500,
        code: 'server_error',
        message: `Something went wrong on our side (request ${requestId}). Please try again.`,
      });
    }
  };
}
