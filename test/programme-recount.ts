import { sql } from 'drizzle-orm';
import type { Db } from '@/db/driver';
import {
  applicationEvents,
  applications,
  businessMembers,
  documents,
  listings,
  shipments,
  submitRefusals,
  users,
} from '@/db/schema';
import { bucketOf, mondayOf } from '@/lib/domain/programme';

// An independent recount of every programme figure, in plain TypeScript from the rows that hold the
// truth: what the triggers and the fold must add up to. It shares nothing with the SQL cells functions
// except the definitions written down in docs/programme-rollups.md.

export type Cells = Map<string, { n: number; amount: number }>;

interface Contribution {
  metric: string;
  day: string;
  states: (string | null)[];
  categories: (string | null)[];
  channels: (string | null)[];
  k?: string;
  amount?: number;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const CURRENT = '-infinity';
const STAFF_ACTIONS = new Set([
  'startReview',
  'requestChanges',
  'approve',
  'reject',
  'suspend',
  'reinstate',
  'assigned',
  'unassigned',
  'note',
  'message',
  'document_accepted',
  'document_rejected',
]);

const key = (metric: string, category: string, channel: string, state: string, d: string, k: string) =>
  [metric, category, channel, state, d, k].join('|');

function cube(contributions: Contribution[]): Cells {
  const out: Cells = new Map();
  const set = (xs: (string | null)[]) => ['*', ...new Set(xs.filter((x): x is string => x !== null))];
  for (const c of contributions) {
    for (const s of set(c.states))
      for (const ca of set(c.categories))
        for (const ch of set(c.channels)) {
          const kk = key(c.metric, ca, ch, s, c.day, c.k ?? '');
          const cur = out.get(kk) ?? { n: 0, amount: 0 };
          out.set(kk, { n: cur.n + 1, amount: cur.amount + (c.amount ?? 0) });
        }
  }
  return out;
}

export async function recountProgramme(db: Db): Promise<Cells> {
  const [us, members, apps, ls, ss, docs, events, refusals] = await Promise.all([
    db.select().from(users),
    db.select().from(businessMembers),
    db.select().from(applications),
    db.select().from(listings),
    db.select().from(shipments),
    db.select().from(documents),
    db.select().from(applicationEvents),
    db.select().from(submitRefusals),
  ]);
  const userById = new Map(us.map((u) => [u.id, u]));
  const appById = new Map(apps.map((a) => [a.id, a]));
  const c: Contribution[] = [];

  for (const u of us)
    if (u.role === 'business')
      c.push({ metric: 'account', day: day(u.createdAt), states: [], categories: [], channels: [] });

  const perBusiness = new Map<string, { published: number; live: number; delivered: number; touched: Date | null }>();
  const facts = (b: string) => {
    let f = perBusiness.get(b);
    if (!f) perBusiness.set(b, (f = { published: 0, live: 0, delivered: 0, touched: null }));
    return f;
  };
  for (const l of ls) {
    if (l.published) facts(l.businessId).published++;
    if (l.live) facts(l.businessId).live++;
  }
  for (const s of ss) if (s.status === 'delivered') facts(s.businessId).delivered++;
  for (const e of events) {
    const a = appById.get(e.applicationId);
    if (!STAFF_ACTIONS.has(e.action) || !a?.firstSubmittedAt || e.createdAt < a.firstSubmittedAt) continue;
    const f = facts(e.businessId);
    if (!f.touched || e.createdAt < f.touched) f.touched = e.createdAt;
  }

  for (const a of apps) {
    const owner = members
      .filter((m) => m.businessId === a.businessId && m.role === 'owner')
      .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || (x.userId < y.userId ? -1 : 1))[0];
    const cohort = day(owner ? userById.get(owner.userId)!.createdAt : a.createdAt);
    const f = perBusiness.get(a.businessId);
    const dims = { states: [a.state], categories: a.categories, channels: a.channels };
    const add = (metric: string, d: string, k = '', all = true) =>
      c.push({ metric, day: d, k, ...dims, ...(all ? {} : { categories: [], channels: [] }) });
    const wasApproved = a.status === 'approved' || a.status === 'suspended';
    const decided = a.decidedAt ?? a.submittedAt ?? a.createdAt;
    add('f_started', cohort);
    if (a.firstSubmittedAt) add('f_submitted', cohort);
    if (wasApproved) add('f_approved', cohort);
    if (f && f.published > 0) add('f_listing', cohort);
    if (f && f.delivered > 0) add('f_delivered', cohort);
    if (wasApproved) add('approvals', day(decided));
    if (a.status === 'approved') add('approved_now', CURRENT);
    if (f && f.live > 0) add('live_sellers', CURRENT);
    if ((wasApproved || a.status === 'rejected') && a.firstSubmittedAt)
      add(
        'decision_time',
        mondayOf(day(decided)),
        String(bucketOf((decided.getTime() - a.firstSubmittedAt.getTime()) / 3_600_000)),
      );
    if (f?.touched && a.firstSubmittedAt)
      add(
        'first_touch',
        mondayOf(day(f.touched)),
        String(bucketOf((f.touched.getTime() - a.firstSubmittedAt.getTime()) / 3_600_000)),
      );
    if ((a.status === 'submitted' || a.status === 'in_review') && a.submittedAt) {
      add('open', day(a.submittedAt));
      add('open_by', day(a.submittedAt), a.assignedTo ?? '', false);
    }
  }

  for (const l of ls) {
    const dims = {
      states: [l.pubOriginState],
      categories: [l.pubCategory],
      channels: Array.isArray(l.published?.channels) ? l.published.channels : [],
    };
    if (l.published)
      c.push({ metric: 'listing_new', day: day(l.firstPublishedAt ?? l.publishedAt ?? l.createdAt), ...dims });
    if (l.live) c.push({ metric: 'listing_live', day: CURRENT, ...dims });
  }
  for (const s of ss)
    if (s.status === 'delivered')
      c.push({
        metric: 'delivered',
        day: day(s.statusEnteredAt),
        states: s.originStates,
        categories: s.categories,
        channels: [s.channel],
        amount: s.valueUsdCents,
      });
  for (const d of docs)
    if (d.reviewReason !== null)
      c.push({
        metric: 'doc_rejected',
        day: day(d.reviewedAt ?? d.createdAt),
        k: d.requirementCode,
        states: [],
        categories: [],
        channels: [],
      });
  for (const r of refusals)
    for (const code of new Set(r.missing))
      c.push({
        metric: 'missing',
        day: day(r.createdAt),
        k: code,
        states: [r.state],
        categories: r.categories,
        channels: r.channels,
      });
  for (const e of events)
    if (e.actorId && ['approve', 'reject', 'requestChanges'].includes(e.action))
      c.push({ metric: 'decisions', day: day(e.createdAt), k: e.actorId, states: [], categories: [], channels: [] });
  return cube(c);
}

/** What a reader sees: the folded cells plus the pending deltas, expanded the same way, zeros dropped. */
export async function readProgramme(db: Db): Promise<Cells> {
  const r = await db.execute(sql`
    select metric, category, channel, state, day::text as day, k, sum(n)::float8 as n, sum(amount)::float8 as amount
    from (
      select metric, category, channel, state, day, k, n, amount from programme_cells
      union all
      select d.metric, c, h, s, d.day, d.k, d.n, d.amount
      from programme_deltas d, unnest('{*}'::text[] || d.states) s, unnest('{*}'::text[] || d.categories) c,
           unnest('{*}'::text[] || d.channels) h
    ) x
    group by 1, 2, 3, 4, 5, 6
    having sum(n) <> 0 or sum(amount) <> 0`);
  const rows = (Array.isArray(r) ? r : (r as unknown as { rows: unknown[] }).rows) as {
    metric: string;
    category: string;
    channel: string;
    state: string;
    day: string;
    k: string;
    n: number;
    amount: number;
  }[];
  return new Map(
    rows.map((x) => [key(x.metric, x.category, x.channel, x.state, x.day, x.k), { n: x.n, amount: x.amount }]),
  );
}

/** Every cell where the two disagree, as "key: actual ≠ expected" lines (empty when they agree). */
export function diffCells(actual: Cells, expected: Cells): string[] {
  const out: string[] = [];
  for (const k of new Set([...actual.keys(), ...expected.keys()])) {
    const a = actual.get(k) ?? { n: 0, amount: 0 };
    const e = expected.get(k) ?? { n: 0, amount: 0 };
    if (a.n !== e.n || a.amount !== e.amount) out.push(`${k}: ${a.n}/${a.amount} ≠ expected ${e.n}/${e.amount}`);
  }
  return out.sort();
}

/** The per-business facts table as the recount sees it, for comparison with programme_businesses. */
export async function perBusinessFacts(db: Db) {
  const r = await db.execute(sql`
    select business_id::text as b, published_listings as p, live_listings as l, delivered_shipments as d,
           first_touched_at as t from programme_businesses
    where published_listings <> 0 or live_listings <> 0 or delivered_shipments <> 0 or first_touched_at is not null`);
  return (Array.isArray(r) ? r : (r as unknown as { rows: unknown[] }).rows) as {
    b: string;
    p: number;
    l: number;
    d: number;
    t: Date | string | null;
  }[];
}
