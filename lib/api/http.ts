import { createHash } from 'node:crypto';
import type { Failure } from '@/lib/auth/route';

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

/** The wrapper's own refusals (429, 500, ...) in the public API's error shape: `{ errors: { field: message } }`. */
export function apiFailure(f: Failure): Response {
  const field = f.code === 'rate_limited' ? 'rate' : f.code === 'server_error' ? 'server' : f.code;
  return apiErrors(f.status, { [field]: f.message }, f.headers);
}

/** The options of every public /api/v1 read (with `access: 'public'`): per-address rate limit, any origin, the API's error shape. */
export const PUBLIC_API = { limit: 'public-api', cors: true, failure: apiFailure } as const;
