import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { getConnection, getDb } from '@/db/client';
import { log } from '@/lib/log';
import { expireStorePages } from '@/lib/store-page-cache';

// Storefront invalidation across app instances. Each instance keeps rendered store pages and their data
// in its own memory (lib/store-page-cache.ts, lib/store-cache.ts); a change made through one instance
// expires its own copies at once and is announced with NOTIFY on the shared PostgreSQL, so every other
// instance expires the same tags within a round trip instead of after the 60 s TTL.
//
// Locally a tag expires twice over: the pages that read it are dropped, and its version is bumped. Every
// data-cache key includes the versions of its tags, so the next read misses. (Next's revalidateTag needs
// a request in progress; a NOTIFY arrives outside of one.)

const CHANNEL = 'hg_store_invalidate';
const MAX_TAGS = 100;

type State = {
  instanceId: string;
  versions: Map<string, number>;
  /** Other in-memory caches that expire with a tag (e.g. the export rules with 'rules'). */
  listeners?: Map<string, Set<() => void>>;
  stop?: Promise<(() => Promise<void>) | null>;
};
const KEY = Symbol.for('heartland-gateway.store-invalidation');
const g = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (g[KEY] ??= { instanceId: crypto.randomUUID(), versions: new Map() });

/** How many times `tag` expired in this process: part of every data-cache key that carries the tag. */
export function tagVersion(tag: string): number {
  return state.versions.get(tag) ?? 0;
}

/** Expires `tag` in this process: the kept pages that read it, its data-cache entries and other caches listening. */
export function expireLocally(tag: string) {
  state.versions.set(tag, tagVersion(tag) + 1);
  expireStorePages(tag);
  for (const drop of state.listeners?.get(tag) ?? []) drop();
}

/** Runs `drop` whenever `tag` expires here, by a change in this instance or another's NOTIFY. */
export function onExpire(tag: string, drop: () => void) {
  state.listeners ??= new Map();
  const set = state.listeners.get(tag) ?? new Set();
  set.add(drop);
  state.listeners.set(tag, set);
}

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

/** Handles one NOTIFY payload; exported for tests. Another instance's message expires its tags here. */
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

/**
 * Starts listening once per process (instrumentation.ts, PostgreSQL only: an embedded PGlite database
 * belongs to one process, so there is nobody to hear from). Resolves to a function that stops it.
 */
export function listenForInvalidations(): Promise<(() => Promise<void>) | null> {
  state.stop ??= getConnection()
    .then((c) => c.listen(CHANNEL, (payload) => void handleInvalidation(payload)))
    .catch((e) => {
      log.warn('store invalidation listener not started; other instances are seen after the TTL', { error: e });
      state.stop = undefined;
      return null;
    });
  return state.stop;
}
