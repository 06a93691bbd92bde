import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { getConnection, getDb } from '@/db/client';
import { log } from '@/lib/log';
import { expireLocally, state } from './state';

const CHANNEL = 'hg_store_invalidate';
const MAX_TAGS = 100;

const messageSchema = z.object({
  from: z.string().max(64),
  tags: z.array(z.string().min(1).max(200)).min(1).max(MAX_TAGS),
});

/** Tells the other instances that these tags expired. Best effort: their TTL is the safety net. */
export async function publishInvalidation(tags: string[]): Promise<void> {
  if (!tags.length) return;
  const payload = JSON.stringify({ from: state.instanceId, tags: tags.slice(0, MAX_TAGS) });
  try {
    const db = await getDb();
    await db.execute(sql`select pg_notify(${CHANNEL}, ${payload})`);
  } catch (e) {
    log.warn('store invalidation not announced', { error: e });
  }
}

/** Handles one NOTIFY payload: another instance's valid message expires its tags here. */
export function handleInvalidation(payload: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return [];
  }
  const m = messageSchema.safeParse(parsed);
  if (!m.success || m.data.from === state.instanceId) return [];
  for (const tag of m.data.tags) expireLocally(tag);
  return m.data.tags;
}

/** Starts listening once per process. Resolves to a function that stops it, or null when it could not. */
export function listenForInvalidations(): Promise<(() => Promise<void>) | null> {
  state.stopListening ??= getConnection()
    .then((c) => c.listen(CHANNEL, (payload) => void handleInvalidation(payload)))
    .catch((e) => {
      log.warn('store invalidation listener not started; other instances are seen after the TTL', { error: e });
      state.stopListening = undefined;
      return null;
    });
  return state.stopListening;
}
