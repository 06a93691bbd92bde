import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '../client';
import { idempotencyKeys } from '../schema';

export type Claim =
  { kind: 'new' } | { kind: 'replay'; status: number; body: string } | { kind: 'mismatch' } | { kind: 'in_progress' };

/**
 * Claims (apiKeyId, key) for a request whose body hashes to `requestHash`. The insert is the lock: of two
 * requests with one key at once, one runs and the other is told it is in progress.
 */
export async function claimIdempotencyKey(apiKeyId: string, key: string, requestHash: string): Promise<Claim> {
  const db = await getDb();
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ apiKeyId, key, requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length) return { kind: 'new' };
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key)));
  if (!row) return claimIdempotencyKey(apiKeyId, key, requestHash); // released meanwhile
  if (row.requestHash !== requestHash) return { kind: 'mismatch' };
  if (row.responseStatus === null) return { kind: 'in_progress' };
  return { kind: 'replay', status: row.responseStatus, body: row.responseBody ?? '' };
}

export async function completeIdempotencyKey(apiKeyId: string, key: string, status: number, body: string) {
  const db = await getDb();
  await db
    .update(idempotencyKeys)
    .set({ responseStatus: status, responseBody: body })
    .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key)));
}

/** A request that failed on our side keeps no answer: the client may retry it with the same key. */
export async function releaseIdempotencyKey(apiKeyId: string, key: string) {
  const db = await getDb();
  await db
    .delete(idempotencyKeys)
    .where(
      and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.responseStatus)),
    );
}
