import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '@/lib/domain/application-status';
import { bucketOf, DURATION_BUCKETS_HOURS } from '@/lib/domain/programme';
import { SHIPMENT_FLOWS, SHIPMENT_STATUSES } from '@/lib/domain/shipment-status';
import { withTestDatabase } from '@/test/db';
import { diffCells, readProgramme, recountProgramme } from '@/test/programme-recount';
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
import { foldProgramme, rebuildProgramme } from '../programme-rollups';

// The rollups must equal a full recount after any sequence of changes to the rows they summarise,
// whether or not the fold has run, and the rebuild (the backfill) must produce the same cells.

const { conn } = withTestDatabase();

/** A small seeded PRNG (mulberry32): a failing sequence can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function expectRollupsEqualRecount(label: string) {
  const diff = diffCells(await readProgramme(conn().db), await recountProgramme(conn().db));
  expect(diff.slice(0, 20), `${label}: ${diff.length} cells differ`).toEqual([]);
}

describe('duration buckets', () => {
  it('programme_bucket() in SQL puts every duration in the same bucket as bucketOf()', async () => {
    const hours = [
      -5, 0, 0.5, 1, 1.999, 2, 11.9, 12, 23.99, 24, 47.5, 48, 100, 719.9, 720, 839, 840, 2184, 8759, 8760, 20000,
    ];
    for (const b of DURATION_BUCKETS_HOURS) hours.push(b, b - 0.001, b + 0.001);
    const r = await conn().db.execute(
      sql`select h, programme_bucket(make_interval(secs => h * 3600)) as b from unnest(${sql.raw(`array[${hours.join(',')}]::float8[]`)}) as h`,
    );
    const rows = (Array.isArray(r) ? r : (r as unknown as { rows: unknown[] }).rows) as { h: number; b: string }[];
    for (const row of rows) expect(Number(row.b), `${row.h} hours`).toBe(bucketOf(Number(row.h)));
  });
});

describe('concurrent writers', () => {
  // On PostgreSQL these transactions run at once (the pool has several connections). Each changes rows
  // that feed the same totals (same day, all states) in a different order: with totals updated in place
  // they would wait on each other's row locks and deadlock; with appended deltas none waits.
  it('never wait on each other, and the folds running among them lose nothing', async () => {
    const db = conn().db;
    const tag = randomUUID().slice(0, 8);
    const day = new Date(Date.UTC(2026, 4, 4, 12));
    const rows: { app: string; listing: string }[] = [];
    for (let i = 0; i < 12; i++) {
      const [u] = await db
        .insert(users)
        .values({ email: `c${i}-${tag}@conc.example`, name: 'C', passwordHash: 'x' })
        .returning({ id: users.id });
      const [b] = await db
        .insert(businesses)
        .values({ slug: `c${i}-${tag}`, legalName: 'C LLC' })
        .returning({ id: businesses.id });
      await db.insert(businessMembers).values({ businessId: b!.id, userId: u!.id, role: 'owner' });
      const [a] = await db
        .insert(applications)
        .values({
          businessId: b!.id,
          ownerEmail: `c${i}@conc.example`,
          state: 'WI',
          categories: ['wine'],
          status: 'in_review',
          firstSubmittedAt: day,
          submittedAt: day,
        })
        .returning({ id: applications.id });
      const content = { category: 'wine', channels: ['cbec_bonded'] } as never;
      const [l] = await db
        .insert(listings)
        .values({
          businessId: b!.id,
          slug: `c${i}-${tag}`,
          content,
          priceUsdCents: 100,
          pubCategory: 'wine',
          pubOriginState: 'WI',
        })
        .returning({ id: listings.id });
      rows.push({ app: a!.id, listing: l!.id });
    }
    const approve = (tx: Parameters<Parameters<typeof db.transaction>[0]>[0], id: string) =>
      tx.update(applications).set({ status: 'approved', decidedAt: day }).where(eq(applications.id, id));
    const publish = (tx: Parameters<Parameters<typeof db.transaction>[0]>[0], id: string) =>
      tx
        .update(listings)
        .set({ published: { category: 'wine', channels: ['cbec_bonded'] } as never, publishedAt: day, live: true })
        .where(eq(listings.id, id));
    await Promise.all([
      ...rows.map((r, i) =>
        db.transaction(async (tx) => {
          if (i % 2) {
            await approve(tx, r.app);
            await publish(tx, r.listing);
          } else {
            await publish(tx, r.listing);
            await approve(tx, r.app);
          }
        }),
      ),
      foldProgramme(db),
      foldProgramme(db),
    ]);
    // A deadlock would have failed one of the transactions above (PostgreSQL error 40P01).
    await foldProgramme(db);
    const diff = diffCells(await readProgramme(db), await recountProgramme(db));
    expect(diff.slice(0, 20), `${diff.length} cells differ`).toEqual([]);
    const cells = await readProgramme(db);
    expect(cells.get('approvals|wine|*|WI|2026-05-04|')?.n).toBe(12);
    expect(cells.get('listing_new|wine|cbec_bonded|WI|2026-05-04|')?.n).toBe(12);
  });
});

describe('rollups after random changes to the underlying rows', () => {
  it.each([1, 2, 3])(
    'equal a full recount (seed %i), folded or not, and the rebuild agrees',
    async (seed) => {
      const db = conn().db;
      const rnd = prng(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
      const maybe = <T>(x: T, p = 0.5): T | null => (rnd() < p ? x : null);
      const subset = <T>(xs: readonly T[]): T[] => xs.filter(() => rnd() < 0.4);
      const base = Date.UTC(2026, 5, 1);
      const at = () => new Date(base - Math.floor(rnd() * 400 * 86_400_000));
      const STATES = ['WI', 'MI', 'CA', 'MN', null];
      const CATS = ['fresh_fruit', 'wine', 'processed_food', 'apparel'];
      const tag = `s${seed}-${randomUUID().slice(0, 8)}`;

      const reviewers: string[] = [];
      for (let i = 0; i < 2; i++) {
        const [u] = await db
          .insert(users)
          .values({ email: `rev${i}-${tag}@fuzz.example`, name: 'Reviewer', passwordHash: 'x', role: 'reviewer' })
          .returning({ id: users.id });
        reviewers.push(u!.id);
      }
      const owners: string[] = [];
      const members = new Set<string>();
      const apps: { id: string; businessId: string }[] = [];
      const listingIds: string[] = [];
      const shipmentIds: { id: string; businessId: string }[] = [];
      const docIds: string[] = [];
      const refusalIds: string[] = [];
      let n = 0;

      const ops: Record<string, () => Promise<unknown>> = {
        async account() {
          const [u] = await db
            .insert(users)
            .values({ email: `u${++n}-${tag}@fuzz.example`, name: 'Owner', passwordHash: 'x', createdAt: at() })
            .returning({ id: users.id });
          owners.push(u!.id);
        },
        async roleChange() {
          if (!owners.length) return;
          await db
            .update(users)
            .set({ role: pick(['business', 'reviewer', 'admin', 'business'] as const) })
            .where(eq(users.id, pick(owners)));
        },
        async throwawayUser() {
          const [u] = await db
            .insert(users)
            .values({ email: `t${++n}-${tag}@fuzz.example`, name: 'T', passwordHash: 'x' })
            .returning({ id: users.id });
          await db.delete(users).where(eq(users.id, u!.id));
        },
        async business() {
          const free = owners.filter((o) => !members.has(o));
          if (!free.length) return;
          const owner = pick(free);
          members.add(owner);
          const [b] = await db
            .insert(businesses)
            .values({ slug: `b${++n}-${tag}`, legalName: 'Fuzz LLC', state: pick(STATES) })
            .returning({ id: businesses.id });
          await db.insert(businessMembers).values({ businessId: b!.id, userId: owner, role: 'owner' });
          const [a] = await db
            .insert(applications)
            .values({
              businessId: b!.id,
              ownerEmail: `o${n}@fuzz.example`,
              state: pick(STATES),
              categories: subset(CATS),
              createdAt: at(),
            })
            .returning({ id: applications.id });
          apps.push({ id: a!.id, businessId: b!.id });
        },
        async applicationChange() {
          if (!apps.length) return;
          const submitted = maybe(at(), 0.8);
          await db
            .update(applications)
            .set({
              status: pick(APPLICATION_STATUSES),
              state: rnd() < 0.3 ? pick(STATES) : undefined,
              // Unsorted and repeated on purpose: the same set must make the same cells.
              categories: rnd() < 0.3 ? [...subset(CATS), ...subset(CATS)] : undefined,
              channels: rnd() < 0.3 ? subset(SHIPMENT_FLOWS) : undefined,
              submittedAt: submitted,
              firstSubmittedAt: submitted && rnd() < 0.5 ? new Date(submitted.getTime() - 86_400_000) : submitted,
              decidedAt: maybe(at()),
              assignedTo: maybe(pick(reviewers)),
            })
            .where(eq(applications.id, pick(apps).id));
        },
        async event() {
          if (!apps.length) return;
          const a = pick(apps);
          await db.insert(applicationEvents).values({
            applicationId: a.id,
            businessId: a.businessId,
            actorId: maybe(pick(reviewers), 0.8),
            action: pick(['submit', 'startReview', 'approve', 'reject', 'requestChanges', 'note', 'document_uploaded']),
            createdAt: at(),
          });
        },
        async listing() {
          if (!apps.length) return;
          const published = rnd() < 0.7;
          const content = {
            category: pick(CATS),
            channels: subset(SHIPMENT_FLOWS),
            titleEn: 'x',
            titleZh: 'x',
          } as never;
          const [l] = await db
            .insert(listings)
            .values({
              businessId: pick(apps).businessId,
              slug: `l${++n}-${tag}`,
              content,
              published: published ? content : null,
              priceUsdCents: 100,
              live: published && rnd() < 0.7,
              pubCategory: published ? pick(CATS) : null,
              pubOriginState: published ? pick(STATES) : null,
              publishedAt: published ? at() : null,
              firstPublishedAt: published ? maybe(at()) : null,
            })
            .returning({ id: listings.id });
          listingIds.push(l!.id);
        },
        async listingChange() {
          if (!listingIds.length) return;
          const published = rnd() < 0.8;
          const content = { category: pick(CATS), channels: subset(SHIPMENT_FLOWS) } as never;
          await db
            .update(listings)
            .set({
              published: published ? content : null,
              live: published && rnd() < 0.6,
              pubCategory: published ? pick(CATS) : null,
              pubOriginState: published ? pick(STATES) : null,
              publishedAt: published ? at() : null,
              firstPublishedAt: published ? maybe(at()) : null,
              stock: Math.floor(rnd() * 10),
            })
            .where(eq(listings.id, pick(listingIds)));
        },
        async listingDelete() {
          if (!listingIds.length) return;
          const id = listingIds.splice(Math.floor(rnd() * listingIds.length), 1)[0]!;
          await db.delete(listings).where(eq(listings.id, id));
        },
        async shipment() {
          if (!apps.length) return;
          const businessId = pick(apps).businessId;
          const [s] = await db
            .insert(shipments)
            .values({
              businessId,
              reference: `SHP-${++n}-${tag}`,
              channel: pick(SHIPMENT_FLOWS),
              buyerName: 'Buyer',
              buyerCity: 'Shanghai',
              destination: 'Shanghai',
              incoterm: 'CPT',
              carrier: 'UPS',
              mode: 'parcel',
              valueUsdCents: Math.floor(rnd() * 100_000),
              eeiRequired: false,
              status: pick(['draft', 'delivered', 'shipped'] as const),
              statusEnteredAt: at(),
              originStates: subset(['WI', 'MI', 'CA']),
              categories: subset(CATS),
            })
            .returning({ id: shipments.id });
          shipmentIds.push({ id: s!.id, businessId });
        },
        async shipmentChange() {
          if (!shipmentIds.length) return;
          await db
            .update(shipments)
            .set({
              status: rnd() < 0.4 ? 'delivered' : pick(SHIPMENT_STATUSES),
              statusEnteredAt: at(),
              valueUsdCents: rnd() < 0.3 ? Math.floor(rnd() * 100_000) : undefined,
              originStates: rnd() < 0.3 ? subset(['WI', 'MI', 'CA', 'WI']) : undefined,
              channel: rnd() < 0.2 ? pick(SHIPMENT_FLOWS) : undefined,
            })
            .where(eq(shipments.id, pick(shipmentIds).id));
        },
        async shipmentDelete() {
          if (!shipmentIds.length) return;
          const s = shipmentIds.splice(Math.floor(rnd() * shipmentIds.length), 1)[0]!;
          await db.delete(shipments).where(eq(shipments.id, s.id));
        },
        async document() {
          if (!apps.length) return;
          const a = pick(apps);
          const [d] = await db
            .insert(documents)
            .values({
              businessId: a.businessId,
              applicationId: a.id,
              requirementCode: pick(['irs_ein_letter', 'fda_food_facility', 'ttb_permit']),
              originalName: 'x.pdf',
              storedName: `${++n}-${tag}.pdf`,
              mimeType: 'application/pdf',
              sizeBytes: 10,
              sha256: 'x',
              uploadedBy: reviewers[0]!,
              reviewReason: maybe('Blurry'),
              reviewedAt: maybe(at()),
            })
            .returning({ id: documents.id });
          docIds.push(d!.id);
        },
        async documentChange() {
          if (!docIds.length) return;
          await db
            .update(documents)
            .set({ reviewReason: maybe('Expired'), reviewedAt: maybe(at()), status: pick(['rejected', 'superseded']) })
            .where(eq(documents.id, pick(docIds)));
        },
        async documentDelete() {
          if (!docIds.length) return;
          await db.delete(documents).where(eq(documents.id, docIds.splice(Math.floor(rnd() * docIds.length), 1)[0]!));
        },
        async refusal() {
          if (!apps.length) return;
          const a = pick(apps);
          const [r] = await db
            .insert(submitRefusals)
            .values({
              applicationId: a.id,
              businessId: a.businessId,
              state: pick(STATES),
              categories: subset(CATS),
              channels: subset(SHIPMENT_FLOWS),
              missing: [...subset(['email', 'irs_ein_letter', 'categories']), 'irs_ein_letter'],
              createdAt: at(),
            })
            .returning({ id: submitRefusals.id });
          refusalIds.push(r!.id);
        },
        async refusalDelete() {
          if (!refusalIds.length) return;
          const id = refusalIds.splice(Math.floor(rnd() * refusalIds.length), 1)[0]!;
          await db.delete(submitRefusals).where(eq(submitRefusals.id, id));
        },
        fold: () => foldProgramme(db),
      };
      const weights: [string, number][] = [
        ['account', 6],
        ['roleChange', 2],
        ['throwawayUser', 1],
        ['business', 5],
        ['applicationChange', 12],
        ['event', 8],
        ['listing', 6],
        ['listingChange', 8],
        ['listingDelete', 2],
        ['shipment', 6],
        ['shipmentChange', 8],
        ['shipmentDelete', 2],
        ['document', 3],
        ['documentChange', 3],
        ['documentDelete', 1],
        ['refusal', 3],
        ['refusalDelete', 1],
        ['fold', 3],
      ];
      const total = weights.reduce((s, [, w]) => s + w, 0);
      for (let step = 0; step < 250; step++) {
        let r = rnd() * total;
        const [name] = weights.find(([, w]) => (r -= w) < 0) ?? weights[0]!;
        await ops[name]!();
        if (step % 50 === 49) await expectRollupsEqualRecount(`seed ${seed}, after step ${step + 1}`);
      }
      await expectRollupsEqualRecount(`seed ${seed}, end`);
      await foldProgramme(db);
      const pending = await db.execute(sql`select count(*)::int as n from programme_deltas`);
      expect(
        ((Array.isArray(pending) ? pending : (pending as { rows: unknown[] }).rows) as { n: number }[])[0]!.n,
      ).toBe(0);
      await expectRollupsEqualRecount(`seed ${seed}, folded`);
      await rebuildProgramme(db);
      await expectRollupsEqualRecount(`seed ${seed}, rebuilt`);
    },
    120_000,
  );
});
