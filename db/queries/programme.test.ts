import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/errors';
import { programmeFilterSchema } from '@/lib/validation/programme';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { foldProgramme } from '../programme-rollups';
import {
  applicationEvents,
  applications,
  businessMembers,
  businesses,
  documents,
  listings,
  shipments,
  submitRefusals,
  users,
} from '../schema';
import {
  getProgrammeFreshness,
  getProgrammeFunnel,
  getProgrammeGrowth,
  getProgrammeMap,
  getProgrammeProgress,
  getProgrammeReviewers,
  getProgrammeStalls,
  getProgrammeTiming,
  getProgrammeWaiting,
  getPublicProgramme,
} from './programme';

// The dashboard's reads on a small, fully known programme: every figure is checked against what the
// rows say, before and after the fold, and staff-only reads refuse everyone else.

const { conn } = withTestDatabase();
const TODAY = '2026-06-10';
const filter = (raw: Record<string, string> = {}) => programmeFilterSchema(TODAY).parse({ from: '2026-04-06', ...raw });
const t = (iso: string) => new Date(iso);

let reviewer1 = '';
let reviewer2 = '';
let seller = '';
const tag = randomUUID().slice(0, 8);
let n = 0;

async function business(o: {
  state: string | null;
  categories?: string[];
  channels?: string[];
  status?: 'draft' | 'submitted' | 'in_review' | 'approved';
  accountAt: string;
  submittedAt?: string;
  decidedAt?: string;
  assignedTo?: string;
}) {
  const db = conn().db;
  const i = ++n;
  const [u] = await db
    .insert(users)
    .values({ email: `p${i}-${tag}@prog.example`, name: `Owner ${i}`, passwordHash: 'x', createdAt: t(o.accountAt) })
    .returning({ id: users.id });
  const [b] = await db
    .insert(businesses)
    .values({ slug: `p${i}-${tag}`, legalName: `Prog ${i} LLC`, state: o.state })
    .returning({ id: businesses.id });
  await db.insert(businessMembers).values({ businessId: b!.id, userId: u!.id, role: 'owner' });
  const [a] = await db
    .insert(applications)
    .values({
      businessId: b!.id,
      ownerEmail: `p${i}@prog.example`,
      state: o.state,
      categories: o.categories ?? [],
      channels: o.channels ?? [],
      status: o.status ?? 'draft',
      createdAt: t(o.accountAt),
      submittedAt: o.submittedAt ? t(o.submittedAt) : null,
      firstSubmittedAt: o.submittedAt ? t(o.submittedAt) : null,
      decidedAt: o.decidedAt ? t(o.decidedAt) : null,
      assignedTo: o.assignedTo ?? null,
    })
    .returning({ id: applications.id });
  return { userId: u!.id, businessId: b!.id, applicationId: a!.id };
}

beforeAll(async () => {
  const db = conn().db;
  const staff = await db
    .insert(users)
    .values([
      { email: `r1-${tag}@prog.example`, name: 'Rita Reviewer', passwordHash: 'x', role: 'reviewer' },
      { email: `r2-${tag}@prog.example`, name: 'Sam Reviewer', passwordHash: 'x', role: 'admin' },
    ])
    .returning({ id: users.id });
  reviewer1 = staff[0]!.id;
  reviewer2 = staff[1]!.id;

  // Wisconsin: 7 wine sellers approved 60 hours after submitting (week of 4 May), by reviewer 1.
  const wi = [];
  for (let i = 0; i < 7; i++)
    wi.push(
      await business({
        state: 'WI',
        categories: ['wine'],
        channels: ['cbec_bonded'],
        status: 'approved',
        accountAt: '2026-04-20T10:00:00Z',
        submittedAt: '2026-05-04T00:00:00Z',
        decidedAt: '2026-05-06T12:00:00Z',
      }),
    );
  seller = wi[0]!.userId;
  for (const b of wi)
    await db.insert(applicationEvents).values({
      applicationId: b.applicationId,
      businessId: b.businessId,
      actorId: reviewer1,
      action: 'approve',
      createdAt: t('2026-05-06T12:00:00Z'),
    });
  // Two of them were opened by a reviewer 5 hours after submitting.
  for (const b of wi.slice(0, 2))
    await db.insert(applicationEvents).values({
      applicationId: b.applicationId,
      businessId: b.businessId,
      actorId: reviewer1,
      action: 'startReview',
      createdAt: t('2026-05-04T05:00:00Z'),
    });
  // Michigan: 3 fresh-fruit sellers approved 10 days after submitting (week of 18 May), by reviewer 2.
  for (let i = 0; i < 3; i++) {
    const b = await business({
      state: 'MI',
      categories: ['fresh_fruit'],
      channels: ['general_trade'],
      status: 'approved',
      accountAt: '2026-04-21T10:00:00Z',
      submittedAt: '2026-05-11T00:00:00Z',
      decidedAt: '2026-05-21T00:00:00Z',
    });
    await db.insert(applicationEvents).values({
      applicationId: b.applicationId,
      businessId: b.businessId,
      actorId: reviewer2,
      action: 'approve',
      createdAt: t('2026-05-21T00:00:00Z'),
    });
  }
  // Minnesota: two waiting since 1 May (over a 10-day target) held by reviewer 1, one since yesterday.
  for (let i = 0; i < 2; i++)
    await business({
      state: 'MN',
      categories: ['apparel'],
      status: 'submitted',
      accountAt: '2026-04-22T10:00:00Z',
      submittedAt: '2026-05-01T00:00:00Z',
      assignedTo: reviewer1,
    });
  await business({
    state: 'MN',
    categories: ['apparel'],
    status: 'in_review',
    accountAt: '2026-04-22T10:00:00Z',
    submittedAt: '2026-06-09T00:00:00Z',
  });
  // California: started, never submitted.
  await business({ state: 'CA', accountAt: '2026-04-23T10:00:00Z' });
  // Outside the date range: a Wisconsin winery approved in January.
  await business({
    state: 'WI',
    categories: ['wine'],
    channels: ['cbec_bonded'],
    status: 'approved',
    accountAt: '2026-01-05T10:00:00Z',
    submittedAt: '2026-01-06T00:00:00Z',
    decidedAt: '2026-01-10T00:00:00Z',
  });

  // Two Wisconsin sellers have a live listing (first approved 8 May); one delivered a shipment (20 May).
  for (const b of wi.slice(0, 2)) {
    const content = { category: 'wine', channels: ['cbec_bonded'], titleEn: 'x', titleZh: 'x' } as never;
    await db.insert(listings).values({
      businessId: b.businessId,
      slug: `l-${b.businessId}`,
      content,
      published: content,
      priceUsdCents: 100,
      live: true,
      pubCategory: 'wine',
      pubOriginState: 'WI',
      publishedAt: t('2026-05-08T00:00:00Z'),
      firstPublishedAt: t('2026-05-08T00:00:00Z'),
    });
  }
  await db.insert(shipments).values({
    businessId: wi[0]!.businessId,
    reference: `SHP-${tag}`,
    channel: 'cbec_bonded',
    buyerName: 'Buyer',
    buyerCity: 'Shanghai',
    destination: 'Shanghai',
    incoterm: 'CPT',
    carrier: 'UPS',
    mode: 'parcel',
    valueUsdCents: 12_345,
    eeiRequired: false,
    status: 'delivered',
    statusEnteredAt: t('2026-05-20T00:00:00Z'),
    originStates: ['WI'],
    categories: ['wine'],
  });

  // Refused submits in Wisconsin: e-mail missing 4 times, the EIN letter 3 times.
  for (const missing of [
    ['irs_ein_letter', 'email'],
    ['irs_ein_letter', 'email'],
    ['irs_ein_letter', 'email'],
    ['email'],
  ])
    await db.insert(submitRefusals).values({
      applicationId: wi[1]!.applicationId,
      businessId: wi[1]!.businessId,
      state: 'WI',
      categories: ['wine'],
      channels: ['cbec_bonded'],
      missing,
      createdAt: t('2026-05-02T00:00:00Z'),
    });
  // Rejected documents: the FDA registration three times (two blurry scans), the EIN letter once.
  for (const [code, reason] of [
    ['fda_food_facility', 'Blurry scan'],
    ['fda_food_facility', 'Blurry scan'],
    ['fda_food_facility', 'Expired'],
    ['irs_ein_letter', 'Name differs'],
  ] as const)
    await db.insert(documents).values({
      businessId: wi[2]!.businessId,
      applicationId: wi[2]!.applicationId,
      requirementCode: code,
      originalName: 'x.pdf',
      storedName: `${randomUUID()}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 10,
      sha256: 'x',
      uploadedBy: wi[2]!.userId,
      status: 'rejected',
      reviewReason: reason,
      reviewedAt: t('2026-05-05T00:00:00Z'),
    });
});

/** Every dashboard read for one filter, without the read time. */
async function everything(raw: Record<string, string> = {}) {
  const actor = await actorOf(reviewer1);
  const f = filter(raw);
  return {
    funnel: await getProgrammeFunnel(actor, f),
    stalls: await getProgrammeStalls(actor, f),
    timing: await getProgrammeTiming(actor, f),
    waiting: await getProgrammeWaiting(actor, f, 10, TODAY),
    reviewers: await getProgrammeReviewers(actor, f),
    growth: await getProgrammeGrowth(actor, f),
    progress: await getProgrammeProgress(actor, TODAY),
    map: await getProgrammeMap(actor, f),
  };
}

describe('programme dashboard reads', () => {
  it('count the funnel of the date range’s cohort, with conversion and drop-off', async () => {
    const { funnel } = await everything();
    expect(funnel.rows.map((r) => [r.key, r.count])).toEqual([
      ['account', 14],
      ['started', 14],
      ['submitted', 13],
      ['approved', 10],
      ['listing', 2],
      ['delivered', 1],
    ]);
    expect(funnel.rows[3]).toMatchObject({ conversion: 10 / 13, dropOff: 3 });
    // Accounts carry no state: under a state filter the first step is unknown, not zero.
    const wi = (await everything({ state: 'wi' })).funnel;
    expect(wi.accountsFiltered).toBe(true);
    expect(wi.rows.map((r) => r.count)).toEqual([null, 7, 7, 7, 2, 1]);
  });

  it('finds where applicants stall: the most frequent missing requirement and the most rejected documents', async () => {
    const { stalls } = await everything();
    expect(stalls.missing.map((m) => [m.code, m.n])).toEqual([
      ['email', 4],
      ['irs_ein_letter', 3],
    ]);
    expect(stalls.missing[0]!.label).toBe('Confirmed e-mail address');
    expect(stalls.rejected.map((m) => [m.code, m.n])).toEqual([
      ['fda_food_facility', 3],
      ['irs_ein_letter', 1],
    ]);
    expect(stalls.rejected[0]!.reasons).toEqual([
      { reason: 'Blurry scan', n: 2 },
      { reason: 'Expired', n: 1 },
    ]);
    expect((await everything({ state: 'MI' })).stalls.missing).toEqual([]);
  });

  it('gives median and 90th percentile time to decision per week, and time to first touch', async () => {
    const { timing } = await everything();
    const week = (w: string) => timing.weeks.find((x) => x.week === w)!;
    // 7 decisions, all in the 48–72 hour bucket: the median is halfway through it.
    expect(week('2026-05-04')).toMatchObject({ decisions: 7, median: { hours: 60, atLeast: false } });
    expect(week('2026-05-04').p90!.hours).toBeCloseTo(48 + (6.3 / 7) * 24);
    expect(week('2026-05-18')).toMatchObject({ decisions: 3, median: { hours: 252, atLeast: false } });
    expect(week('2026-05-11').decisions).toBe(0);
    expect(timing.overall.decisions).toBe(10);
    expect(timing.overall.p90!.hours).toBeCloseTo(240 + (2 / 3) * 24);
    // First touch: two opened after 5 hours, the other eight first touched by their approval.
    expect(timing.overall.touched).toBe(10);
    expect(week('2026-05-04').touched).toBe(7);
    expect(week('2026-05-04').touchMedian!.hours).toBeCloseTo(48 + (1.5 / 5) * 24);
  });

  it('lists applications past the target and who holds them', async () => {
    const { waiting } = await everything();
    expect(waiting).toMatchObject({ open: 3, overSla: 2, slaDays: 10, cutoff: '2026-05-30' });
    expect(waiting.holders).toEqual([{ id: reviewer1, name: 'Rita Reviewer', n: 2 }]);
    expect((await everything({ state: 'WI' })).waiting).toMatchObject({ open: 0, overSla: 0, holders: [] });
  });

  it('counts decisions per reviewer per week', async () => {
    const { reviewers } = await everything();
    const i = (w: string) => reviewers.weeks.indexOf(w);
    expect(reviewers.rows.map((r) => [r.name, r.total])).toEqual([
      ['Rita Reviewer', 7],
      ['Sam Reviewer', 3],
    ]);
    expect(reviewers.rows[0]!.perWeek[i('2026-05-04')]).toBe(7);
    expect(reviewers.rows[1]!.perWeek[i('2026-05-18')]).toBe(3);
  });

  it('shows growth per week, by category and channel, with shipments delivered and their declared value', async () => {
    const { growth } = await everything();
    const week = (w: string) => growth.weeks.find((x) => x.week === w)!;
    expect(week('2026-05-04')).toMatchObject({ approvals: 7, listings: 2, delivered: 0 });
    expect(week('2026-05-18')).toMatchObject({ approvals: 3, delivered: 1, valueCents: 12_345 });
    expect(growth.totals).toEqual({ approvals: 10, listings: 2, delivered: 1, valueCents: 12_345 });
    const cat = Object.fromEntries(growth.byCategory.map((c) => [c.code, c.approvals]));
    expect(cat).toMatchObject({ wine: 7, fresh_fruit: 3, apparel: 0 });
    const chan = Object.fromEntries(growth.byChannel.map((c) => [c.code, [c.approvals, c.delivered]]));
    expect(chan).toMatchObject({ cbec_bonded: [7, 1], general_trade: [3, 0] });
    // A channel filter keeps its own row only.
    const gt = (await everything({ channel: 'general_trade' })).growth;
    expect(gt.byChannel.map((c) => c.code)).toEqual(['general_trade']);
    expect(gt.totals.approvals).toBe(3);
  });

  it('measures progress to 1,000,000 at the rate of the last four full weeks', async () => {
    const { progress } = await everything();
    expect(progress).toMatchObject({ current: 11, weeklyRate: 3 / 4, rateFrom: '2026-05-11', rateTo: '2026-06-07' });
    expect(progress.reachedOn).not.toBeNull();
  });

  it('maps businesses per state at the chosen step, with the Midwest share', async () => {
    const { map } = await everything();
    expect(map).toMatchObject({ step: 'approved_now', total: 11, midwest: 11, midwestShare: 1 });
    expect(map.byState).toMatchObject({ WI: 8, MI: 3, MN: 0, CA: 0 });
    const started = (await everything({ step: 'started' })).map;
    expect(started.byState).toMatchObject({ WI: 7, MI: 3, MN: 3, CA: 1 });
    expect(started.total).toBe(14);
    expect(started.midwestShare).toBeCloseTo(13 / 14);
    // A category filter applies to the map too.
    expect((await everything({ category: 'fresh_fruit' })).map.byState).toMatchObject({ WI: 0, MI: 3 });
  });

  it('reads the same before and after the pending changes are folded', async () => {
    const before = await everything({ state: 'WI' });
    const all = await everything();
    const actor = await actorOf(reviewer1);
    expect((await getProgrammeFreshness(actor)).pending).toBeGreaterThan(0);
    await foldProgramme(conn().db);
    expect((await getProgrammeFreshness(actor)).pending).toBe(0);
    expect(await everything({ state: 'WI' })).toEqual(before);
    expect(await everything()).toEqual(all);
  });

  it('refuse a business user and an anonymous caller as if nothing were there', async () => {
    const business = await actorOf(seller);
    const f = filter();
    for (const caller of [business, ANONYMOUS]) {
      await expect(getProgrammeFunnel(caller, f)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getProgrammeMap(caller, f)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getProgrammeWaiting(caller, f, 10, TODAY)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getProgrammeFreshness(caller)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe('public programme figures', () => {
  it('withhold every cell under 5 and publish no business', async () => {
    const p = await getPublicProgramme(TODAY);
    expect(p.approved).toBe(11);
    expect(p.byState.WI).toBe(8);
    // Michigan's 3 and every state with none are withheld.
    expect(p.byState.MI).toBeNull();
    expect(p.byState.CA).toBeNull();
    expect(p.byCategory.find((c) => c.code === 'wine')!.n).toBe(8);
    expect(p.byCategory.find((c) => c.code === 'fresh_fruit')!.n).toBeNull();
    expect(p.listingsLive).toBeNull();
    expect(p.shipmentsDelivered).toBeNull();
    const numbers = [
      p.approved,
      p.midwest,
      p.listingsLive,
      p.shipmentsDelivered,
      ...Object.values(p.byState),
      ...p.byCategory.map((c) => c.n),
    ];
    for (const v of numbers) expect(v === null || v >= 5).toBe(true);
    // Nothing but counts: no name, e-mail or id of anyone.
    const text = JSON.stringify(p);
    expect(text).not.toMatch(/Owner|prog\.example|Prog \d|[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('publish a count once it reaches 5', async () => {
    for (let i = 0; i < 2; i++)
      await business({
        state: 'MI',
        categories: ['fresh_fruit'],
        status: 'approved',
        accountAt: '2026-05-01T10:00:00Z',
        submittedAt: '2026-05-02T00:00:00Z',
        decidedAt: '2026-05-03T00:00:00Z',
      });
    const p = await getPublicProgramme(TODAY);
    expect(p.byState.MI).toBe(5);
    expect(p.byCategory.find((c) => c.code === 'fresh_fruit')!.n).toBe(5);
  });
});
