import 'server-only';
import { unstable_cache } from 'next/cache';
import { getPublicProgramme } from '@/db/queries/programme';
import { utcToday } from '@/lib/validation/programme';

/** How long the public programme figures are kept before they are read again. */
export const PUBLIC_PROGRAMME_TTL_SECONDS = 600;

// A per-process boot id in the key: Next keeps this cache on disk across restarts, and an entry written
// against another database (a re-seeded one) must not be served.
const BOOT_KEY = Symbol.for('heartland-gateway.programme-cache-boot');
const boot: string = ((globalThis as Record<symbol, string | undefined>)[BOOT_KEY] ??= crypto.randomUUID());

/**
 * The public page's figures through Next's data cache: one database read per instance every ten minutes,
 * whatever the traffic. They are aggregates with small cells withheld, the same for every visitor.
 */
export function getCachedPublicProgramme() {
  const today = utcToday();
  return unstable_cache(() => getPublicProgramme(today), ['public-programme', boot, today], {
    revalidate: PUBLIC_PROGRAMME_TTL_SECONDS,
    tags: ['programme-public'],
  })();
}
