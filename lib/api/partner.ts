import 'server-only';
import { createHash } from 'node:crypto';
import type { PartnerCaller } from '@/lib/auth/actor';
import { apiErrors, apiFailure } from './http';

/** The options of every /api/v1/partner handler (with `access: 'partner'` and its scope): the API's error shape. */
export const PARTNER_API = { failure: apiFailure } as const;

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Runs a partner POST once per Idempotency-Key (required): the first answer (2xx or 4xx) is stored with
 * the hash of the method, path and body, and replayed for a retry with the same body (header
 * `Idempotent-Replayed: true`); the same key with another request is refused with 422; a retry while
 * the first still runs gets 409. A failure on our side (an exception) stores nothing, so the retry runs.
 */
export async function idempotent(
  request: Request,
  partner: PartnerCaller,
  handle: (body: unknown) => Promise<Response>,
): Promise<Response> {
  const key = request.headers.get('idempotency-key');
  if (!key || !IDEMPOTENCY_KEY.test(key))
    return apiErrors(400, {
      'Idempotency-Key': 'Send an Idempotency-Key header (1–255 printable characters, e.g. a UUID) with every POST.',
    });
  const text = await request.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    return apiErrors(400, { body: 'The body must be JSON.' });
  }
  const url = new URL(request.url);
  const hash = createHash('sha256').update(`${request.method}\n${url.pathname}\n${text}`).digest('hex');
  const { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } =
    await import('@/db/mutations/idempotency');
  const claim = await claimIdempotencyKey(partner.keyId, key, hash);
  if (claim.kind === 'mismatch')
    return apiErrors(422, {
      'Idempotency-Key': 'This key was used with a different request; use a new key for a new request.',
    });
  if (claim.kind === 'in_progress')
    return apiErrors(409, { 'Idempotency-Key': 'A request with this key is still being processed; retry shortly.' });
  if (claim.kind === 'replay')
    return new Response(claim.body, {
      status: claim.status,
      headers: { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true', 'Cache-Control': 'no-store' },
    });
  let res: Response;
  try {
    res = await handle(body);
  } catch (e) {
    await releaseIdempotencyKey(partner.keyId, key);
    throw e;
  }
  if (res.status >= 500) {
    await releaseIdempotencyKey(partner.keyId, key);
    return res;
  }
  const stored = await res.clone().text();
  await completeIdempotencyKey(partner.keyId, key, res.status, stored);
  return res;
}
