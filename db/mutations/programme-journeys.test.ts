import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import type { ApplicationStatus } from '@/lib/domain/application-status';
import { FLOW_STEPS } from '@/lib/domain/shipment-status';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { listingInputSchema } from '@/lib/validation/listing';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { diffCells, readProgramme, recountProgramme } from '@/test/programme-recount';
import { getMyApplication } from '../queries/applications';
import { getShipment } from '../queries/shipments';
import { applications, documents, listings, shipments, submitRefusals, users } from '../schema';
import {
  addApplicationNote,
  assignApplication,
  decideApplication,
  reviewDocument,
  saveBusinessStep,
  saveProductsStep,
  saveRegistrations,
  submitApplication,
  uploadApplicationDocument,
} from './applications';
import { createListing, decideListing, submitListing, updateListing } from './listings';
import { foldProgramme } from '../programme-rollups';
import { correctShipmentEvent, createShipment, recordShipmentMilestone, uploadShipmentDocument } from './shipments';
import { changeUserRole } from './users';

// The rollups follow the portal's own writes: a random sequence of what applicants, reviewers and
// admins do (applications, decisions, documents, listings, shipments, corrections, role changes),
// checked against a full recount along the way.

setTestEnv({ uploads: 'programme-uploads' });
const { conn } = withTestDatabase();
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const STAFF_STEPS = new Set(['customs_declared', 'inspection', 'cleared']);

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

let n = 0;
async function makeUser(role: Actor['role']): Promise<Actor> {
  const email = `p${++n}-${role}@journeys.example`;
  const [u] = await conn()
    .db.insert(users)
    .values({ email, name: `User ${n}`, passwordHash: 'x', role, emailVerifiedAt: new Date() })
    .returning();
  return actorOf(u!.id);
}

const business = (state: string) => ({
  legalName: `Journey Farm ${++n} LLC`,
  dba: null,
  ein: '39-2288156',
  entityType: 'llc' as const,
  formationState: state,
  yearFounded: 2004,
  employees: 12,
  revenueBand: '1m_5m' as const,
  street: '1 Orchard Ln',
  city: 'Somewhere',
  state,
  zip: '54235',
  phone: '+19207430140',
  website: null,
});

const syrup = (state: string) =>
  listingInputSchema('processed_food').parse({
    category: 'processed_food',
    hs: '170220',
    titleEn: `Pure Maple Syrup ${++n}`,
    titleZh: '纯枫糖浆',
    descriptionEn: 'Grade A amber maple syrup.',
    descriptionZh: '特级琥珀枫糖浆。',
    priceUsd: '12.00',
    unit: 'bottle',
    packSize: '250 ml',
    minOrder: '1',
    stock: '500',
    weightKg: '0.4',
    originState: state,
    channels: ['cbec_direct'],
    attributes: { ingredients: 'Maple sap', shelfLifeDays: '720', gaccNumber: 'CUSA1' },
  });

const expected = [ConflictError, DomainError, NotFoundError];
/** Runs one step; refusals the portal gives a person (conflicts, rule checks) are part of the sequence. */
async function attempt(step: () => Promise<unknown>) {
  try {
    await step();
  } catch (e) {
    if (!expected.some((t) => e instanceof t)) throw e;
  }
}

async function expectRollupsEqualRecount(label: string) {
  const diff = diffCells(await readProgramme(conn().db), await recountProgramme(conn().db));
  expect(diff.slice(0, 20), `${label}: ${diff.length} cells differ`).toEqual([]);
}

describe('rollups after a random sequence of the portal’s own writes', () => {
  it('equal a full recount at every checkpoint', async () => {
    const db = conn().db;
    const rnd = prng(15);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const reviewers = [await makeUser('reviewer'), await makeUser('reviewer')];
    const admin = await makeUser('admin');
    const owners: Actor[] = [];
    const appStatus = async (a: Actor) => (await getMyApplication(a))?.application.status;
    const withStatus = async (statuses: ApplicationStatus[]) => {
      const out: Actor[] = [];
      for (const o of owners) if (statuses.includes((await appStatus(o)) as ApplicationStatus)) out.push(o);
      return out;
    };
    const appId = async (a: Actor) => (await getMyApplication(a))!.application.id;

    const ops: Record<string, () => Promise<unknown>> = {
      async signUpAndStart() {
        const u = await makeUser('business');
        const { businessId } = await saveBusinessStep(u, business(pick(['WI', 'MI', 'CA', 'MN'])));
        owners.push(await actorOf(u.userId, businessId));
      },
      async completeAndSubmit() {
        const o = pick(await withStatus(['draft', 'changes_requested']).then((x) => (x.length ? x : [null])));
        if (!o) return;
        if (rnd() < 0.3) await saveBusinessStep(o, business(pick(['WI', 'OH'])));
        await saveProductsStep(o, {
          categories: rnd() < 0.5 ? ['processed_food'] : ['processed_food', 'fresh_fruit'],
          channels: rnd() < 0.5 ? ['cbec_direct'] : ['cbec_direct', 'general_trade'],
        });
        // Sometimes pressed before the documents are in: refused, and the refusal is counted.
        if (rnd() < 0.3) return submitApplication(o, { attested: true });
        const mine = (await getMyApplication(o))!;
        await saveRegistrations(
          o,
          Object.fromEntries(
            mine.checklist
              .filter((i) => i.kind === 'registration')
              .map((i) => [i.code, { number: 'N-1', issuer: 'Issuer', expiresOn: null }]),
          ),
        );
        for (const item of mine.checklist.filter((i) => !i.optional))
          await uploadApplicationDocument(o, { requirementCode: item.code, fileName: `${item.code}.pdf`, bytes: PDF });
        return submitApplication(o, { attested: true });
      },
      async decide() {
        const o = pick(
          await withStatus(['submitted', 'in_review', 'approved', 'suspended']).then((x) => (x.length ? x : [null])),
        );
        if (!o) return;
        const status = (await appStatus(o))!;
        const action =
          status === 'submitted'
            ? 'startReview'
            : status === 'in_review'
              ? pick(['approve', 'approve', 'requestChanges', 'reject'] as const)
              : status === 'approved'
                ? 'suspend'
                : 'reinstate';
        // Suspending, reinstating and approving over missing acceptances are an admin's.
        const reviewer = pick(reviewers);
        const who = action === 'suspend' || action === 'reinstate' || action === 'approve' ? admin : reviewer;
        await decideApplication(who, await appId(o), {
          action,
          expectedStatus: status,
          message: 'Please see the checklist.',
          overrideReason: 'Documents checked by phone.',
        });
      },
      async touch() {
        const o = owners.length ? pick(owners) : null;
        if (!o) return;
        if (rnd() < 0.5) await assignApplication(pick(reviewers), await appId(o), rnd() < 0.7);
        else await addApplicationNote(pick(reviewers), await appId(o), { internalNote: 'Called the owner.' });
      },
      async reviewDoc() {
        const [doc] = await db.select().from(documents).where(eq(documents.status, 'pending_review')).limit(1);
        if (doc) await reviewDocument(pick(reviewers), doc.id, rnd() < 0.5 ? 'accepted' : 'rejected', 'Blurry scan');
      },
      async list() {
        const o = pick(await withStatus(['approved']).then((x) => (x.length ? x : [null])));
        if (!o) return;
        const { id } = await createListing(o, syrup((await getMyApplication(o))!.business.state!));
        await submitListing(o, id);
      },
      async decideListing() {
        const [l] = await db.select().from(listings).where(eq(listings.status, 'submitted')).limit(1);
        if (l)
          await decideListing(pick(reviewers), l.id, {
            action: pick(['approve', 'approve', 'reject', 'requestChanges'] as const),
            expectedStatus: 'submitted',
            message: 'Fix the title.',
          });
      },
      async proposeChange() {
        const [l] = await db.select().from(listings).where(eq(listings.live, true)).limit(1);
        if (!l) return;
        const o = owners.find((x) => x.businessId === l.businessId)!;
        await updateListing(o, l.id, { ...syrup(l.content.originState), titleEn: `Changed ${++n}` });
        await submitListing(o, l.id);
      },
      async ship() {
        const [l] = await db.select().from(listings).where(eq(listings.live, true)).limit(1);
        if (!l) return;
        const o = owners.find((x) => x.businessId === l.businessId)!;
        const { id } = await createShipment(o, {
          channel: 'cbec_direct',
          buyerName: 'Hangzhou Buyer',
          buyerCity: 'Hangzhou',
          destination: 'Hangzhou',
          mode: 'parcel',
          incoterm: 'DAP',
          carrier: 'UPS',
          lines: [{ listingId: l.id, quantity: 2, valueUsd: undefined }],
        });
        const s = await getShipment(o, id);
        for (const d of s.documents)
          await uploadShipmentDocument(o, {
            shipmentId: id,
            code: d.rule.code,
            fileName: `${d.rule.code}.pdf`,
            bytes: PDF,
            expiryDate: d.rule.hasExpiry ? '2099-01-01' : undefined,
          });
        const steps = FLOW_STEPS.cbec_direct.slice(1);
        const upTo = rnd() < 0.7 ? steps.length : Math.floor(rnd() * steps.length);
        let t = Date.now() - 40 * 3_600_000;
        for (const target of steps.slice(0, upTo)) {
          await recordShipmentMilestone(STAFF_STEPS.has(target) ? pick(reviewers) : o, id, {
            target,
            occurredAt: new Date((t += 3_600_000)).toISOString(),
            visibility: 'seller',
            eeiExemption: target === 'eei_filed' ? 'NOEEI 15 CFR 30.37(a)' : undefined,
            trackingNumber: target === 'shipped' ? '1Z999AA10123456784' : undefined,
          });
        }
      },
      async correctDelivery() {
        const [s] = await db.select().from(shipments).where(eq(shipments.status, 'delivered')).limit(1);
        if (!s) return;
        const detail = await getShipment(reviewers[0]!, s.id);
        const last = [...detail.events].reverse().find((e) => e.kind === 'milestone');
        if (last)
          await correctShipmentEvent(reviewers[0]!, s.id, {
            eventId: last.id,
            reason: 'Recorded on the wrong shipment.',
          });
      },
      async roleChange() {
        if (!owners.length) return;
        const o = pick(owners);
        const [u] = await db.select({ role: users.role }).from(users).where(eq(users.id, o.userId));
        await changeUserRole(admin, o.userId, u!.role === 'business' ? 'reviewer' : 'business');
      },
      fold: () => foldProgramme(db),
    };
    const plan: [string, number][] = [
      ['signUpAndStart', 5],
      ['completeAndSubmit', 6],
      ['decide', 10],
      ['touch', 3],
      ['reviewDoc', 2],
      ['list', 4],
      ['decideListing', 5],
      ['proposeChange', 2],
      ['ship', 3],
      ['correctDelivery', 1],
      ['roleChange', 1],
      ['fold', 2],
    ];
    const total = plan.reduce((s, [, w]) => s + w, 0);
    for (let i = 0; i < 6; i++) await ops.signUpAndStart!();
    for (let step = 0; step < 90; step++) {
      let r = rnd() * total;
      const [name] = plan.find(([, w]) => (r -= w) < 0) ?? plan[0]!;
      await attempt(ops[name]!);
      if (step % 30 === 29) await expectRollupsEqualRecount(`after step ${step + 1}`);
    }
    // The sequence reached every kind of figure, so the comparison above covered them.
    const cells = await readProgramme(db);
    const metrics = new Set([...cells.keys()].map((k) => k.split('|')[0]));
    for (const m of [
      'account',
      'f_started',
      'f_submitted',
      'f_approved',
      'f_listing',
      'f_delivered',
      'approvals',
      'approved_now',
      'decision_time',
      'first_touch',
      'open',
      'open_by',
      'listing_new',
      'listing_live',
      'live_sellers',
      'delivered',
      'decisions',
      'doc_rejected',
      'missing',
    ])
      expect(metrics, m).toContain(m);
    expect((await db.select().from(submitRefusals)).length).toBeGreaterThan(0);
    expect((await db.select().from(applications).where(eq(applications.status, 'approved'))).length).toBeGreaterThan(0);
    await foldProgramme(db);
    await expectRollupsEqualRecount('folded');
  }, 300_000);
});
