import { sql } from 'drizzle-orm';
import type { Db } from './driver';

// System tasks on the programme rollups (no actor): the fold and the full rebuild (the backfill), usable
// from the app, scripts and the scale seeds. The figures themselves are written by database triggers
// (migration 0019, docs/programme-rollups.md).

async function firstRow<T>(db: Db, q: ReturnType<typeof sql>): Promise<T> {
  const r = await db.execute(q);
  return ((Array.isArray(r) ? r : (r as unknown as { rows: T[] }).rows) as T[])[0]!;
}

/** Moves committed deltas into the cells; returns the number of cells written (0 if another fold runs). */
export async function foldProgramme(db: Db): Promise<number> {
  const row = await firstRow<{ moved: number }>(db, sql`select programme_fold() as moved`);
  return Number(row.moved);
}

const STAFF_ACTIONS = sql`programme_is_staff_action(e.action)`;

/**
 * Expands each contribution (its dimensions as sets) into its cells, '*' included, summed per cell.
 * Identical contributions are added up first: at a million businesses that divides the rows to expand.
 */
const cube = (source: ReturnType<typeof sql>) => sql`
  insert into programme_cells (metric, category, channel, state, day, k, n, amount)
  select c.metric, ca, ch, st, c.day, c.k, sum(c.n), sum(c.amount)
  from (
    select s.metric, s.day, s.states, s.categories, s.channels, s.k, sum(s.n) as n, sum(s.amount) as amount
    from (${source}) as s group by 1, 2, 3, 4, 5, 6
  ) as c,
       unnest('{*}'::text[] || c.states) as st,
       unnest('{*}'::text[] || c.categories) as ca,
       unnest('{*}'::text[] || c.channels) as ch
  group by 1, 2, 3, 4, 5, 6
  having sum(c.n) <> 0 or sum(c.amount) <> 0`;

/**
 * Recomputes every rollup from the tables that hold the truth, with the same cells functions the
 * triggers use: the backfill after a bulk load that skipped triggers (the scale seeds), and the repair
 * if anything ever disagreed. One transaction: writers that would change a figure wait until it
 * commits (minutes at a million businesses), so nothing is lost or counted twice.
 */
export async function rebuildProgramme(db: Db, say: (line: string) => void = () => {}) {
  const timings: [string, number][] = [];
  await db.transaction(async (tx) => {
    const step = async (label: string, q: ReturnType<typeof sql>) => {
      const t0 = performance.now();
      await tx.execute(q);
      const ms = performance.now() - t0;
      timings.push([label, ms]);
      say(`  ${label.padEnd(34)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
    };
    await step('lock and empty', sql`truncate programme_deltas, programme_cells, programme_businesses`);
    // Large sorts and hashes in memory rather than on disk (this transaction only).
    await tx.execute(sql`set local work_mem = '256MB'`);
    // Its trigger would append a delta per business; the cells below are computed from these rows directly.
    await tx.execute(sql`alter table programme_businesses disable trigger user`);
    await step(
      'per-business facts',
      sql`
      insert into programme_businesses (business_id, first_touched_at, published_listings, live_listings, delivered_shipments)
      select b, min(t), sum(p), sum(l), sum(d) from (
        select business_id as b, null::timestamptz as t, count(*) filter (where published is not null) as p,
               count(*) filter (where live) as l, 0 as d
        from listings group by business_id
        union all
        select business_id, null, 0, 0, count(*) from shipments where status = 'delivered' group by business_id
        union all
        select e.business_id, min(e.created_at), 0, 0, 0
        from application_events e join applications a on a.id = e.application_id
        where ${STAFF_ACTIONS} and a.first_submitted_at is not null and e.created_at >= a.first_submitted_at
        group by e.business_id
      ) as x group by b`,
    );
    await tx.execute(sql`alter table programme_businesses enable trigger user`);
    await step('accounts', cube(sql`select c.* from users u, programme_user_cells(u) c`));
    await step(
      'applications',
      cube(sql`
        with owners as (
          select distinct on (m.business_id) m.business_id, u.created_at
          from business_members m join users u on u.id = m.user_id
          where m.role = 'owner' order by m.business_id, m.created_at, m.user_id
        )
        select c.* from applications a
        left join programme_businesses h on h.business_id = a.business_id
        left join owners o on o.business_id = a.business_id,
        programme_app_cells(a, h, programme_day(coalesce(o.created_at, a.created_at))) c`),
    );
    await step('listings', cube(sql`select c.* from listings l, programme_listing_cells(l) c`));
    await step('shipments', cube(sql`select c.* from shipments s, programme_shipment_cells(s) c`));
    await step(
      'documents',
      cube(sql`select c.* from documents d, programme_document_cells(d) c where d.review_reason is not null`),
    );
    await step('submit refusals', cube(sql`select c.* from submit_refusals r, programme_refusal_cells(r) c`));
    await step('reviewer decisions', cube(sql`select c.* from application_events e, programme_event_cells(e) c`));
  });
  const t0 = performance.now();
  await db.execute(sql`analyze programme_cells, programme_businesses`);
  timings.push(['analyze', performance.now() - t0]);
  const counts = await firstRow<{ cells: number; businesses: number }>(
    db,
    sql`select (select count(*) from programme_cells)::int as cells, (select count(*) from programme_businesses)::int as businesses`,
  );
  return { timings, cells: Number(counts.cells), businesses: Number(counts.businesses) };
}
