import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import type { Tx } from '../pagination';

/**
 * The share of rows holding the rarest of `elements` in an array column, from the planner's element
 * statistics (one pg_stats read; an element absent from the most common elements counts as 0, since
 * ANALYZE keeps every element above its cut-off). Null without statistics (a fresh or small database).
 *
 * Used where PostgreSQL's own guess goes wrong: it takes an element it has no statistics for as about half
 * as common as the least common one it has, and then walks an ordered index through every row for a
 * value nobody holds (shipment facets, storefront grams: bench/SHIPMENTS.md, bench/STORE.md).
 */
export async function rarestElementShare(
  db: Db | Tx,
  table: 'shipments' | 'listings',
  column: string,
  elements: string[],
): Promise<number | null> {
  if (!elements.length) return null;
  const result = await db.execute(sql`
    select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
    from pg_stats where schemaname = current_schema() and tablename = ${table} and attname = ${column}`);
  const [stats] = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as {
    elems: string[] | null;
    freqs: number[] | null;
  }[];
  if (!stats?.elems || !stats.freqs) return null;
  const freqs = stats.freqs;
  const freq = new Map(stats.elems.map((e, i) => [e, freqs[i] ?? 0]));
  return Math.min(...elements.map((e) => freq.get(e) ?? 0));
}
