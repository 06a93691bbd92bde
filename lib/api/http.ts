import { createHash } from 'node:crypto';
import { log } from '@/lib/log';
import { clientIp } from '@/lib/request-ip';
import { publicApiLimiter, type RateLimitResult } from './rate-limit-memory';

/** Answers only change with the rule data (rulesVersion is in every ETag), so five minutes of caching is safe. */
export const API_CACHE_CONTROL = 'public, max-age=300';

export type ApiErrors = Record<string, string>;

/** Weak ETag from the rules version and the normalised query: equal inputs under equal rules give equal answers. */
export function weakEtag(rulesVersion: string, normalisedQuery: string): string {
  const digest = createHash('sha256').update(normalisedQuery).digest('base64url').slice(0, 22);
  return `W/"${rulesVersion}-${digest}"`;
}

/** If-None-Match uses weak comparison (RFC 9110 §13.1.2): `W/` is ignored, `*` matches anything. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/** 304 when the client already holds this representation (the body is then never built), else 200; both cacheable. */
export function cacheableJson(request: Request, etag: string, body: () => unknown): Response {
  const headers = { 'Cache-Control': API_CACHE_CONTROL, ETag: etag, Vary: 'Accept-Encoding' };
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return Response.json(body(), { headers });
}

export function apiErrors(status: number, errors: ApiErrors, headers: Record<string, string> = {}): Response {
  return Response.json({ errors }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

function rateLimitHeaders(r: RateLimitResult): Record<string, string> {
  return {
    'RateLimit-Limit': String(r.limit),
    'RateLimit-Remaining': String(r.remaining),
    'RateLimit-Reset': String(r.retryAfterSeconds),
  };
}

/**
 * The shell of every public /api/v1 handler: per-IP rate limit, then the handler, and a generic 500
 * (details only in the log) for anything unexpected. Expected failures are 400s from the handler.
 */
export function publicApiRoute(handler: (request: Request) => Response | Promise<Response>) {
  return async function GET(request: Request): Promise<Response> {
    const limit = publicApiLimiter().hit(clientIp(request.headers));
    const limitHeaders = rateLimitHeaders(limit);
    if (!limit.allowed) {
      return apiErrors(
        429,
        {
          rate: `Too many requests: at most ${limit.limit} per minute from one address. Try again in ${limit.retryAfterSeconds} s.`,
        },
        { ...limitHeaders, 'Retry-After': String(limit.retryAfterSeconds), 'Access-Control-Allow-Origin': '*' },
      );
    }
    let response: Response;
    try {
      response = await handler(request);
    } catch (error) {
      const requestId = crypto.randomUUID();
      log.error('public api request failed', { requestId, path: new URL(request.url).pathname, error });
      response = apiErrors(500, { server: `Unexpected error (request ${requestId}); please try again later.` });
    }
    // Anonymous, read-only and cookie-free: any origin may call it from a browser.
    response.headers.set('Access-Control-Allow-Origin', '*');
    for (const [k, v] of Object.entries(limitHeaders)) response.headers.set(k, v);
    return response;
  };
}
