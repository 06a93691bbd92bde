import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { actorOf } from '@/test/actors';
import type { ListingContent } from '@/lib/domain/listing-content';
import { DomainError, NotFoundError } from '@/lib/errors';
import type { ShipmentInput } from '@/lib/validation/shipment';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { getExpiryFlags } from '../queries/expiry-flags';
import { getEmailNotifications } from '../queries/preferences';
import { getShipment } from '../queries/shipments';
import { listShipments, listStuck } from '../queries/shipments-list';
import {
  auditEvents,
  businessMembers,
  businesses,
  expiryReminders,
  listings,
  notifications,
  outbox,
  registrations,
  shipmentEvents,
  shipments,
  users,
} from '../schema';
import { runExpiryReminders } from './expiry-reminders';
import { setEmailNotifications } from './preferences';
import { renewRegistration } from './registrations';
import {
  correctShipmentEvent,
  createShipment,
  markDocumentNotApplicable,
  recordShipmentMilestone,
  uploadShipmentDocument,
} from './shipments';

setTestEnv({ uploads: 'ship-uploads' });
const { conn } = withTestDatabase();
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const blueberries: ListingContent = {
  category: 'fresh_fruit',
  hs6: '081040',
  titleEn: 'Michigan Blueberries',
  titleZh: '密歇根蓝莓',
  descriptionEn: 'Blueberries',
  descriptionZh: '蓝莓',
  zhBasedOn: null,
  unit: 'case',
  packSize: '12 x 125 g',
  minOrder: 1,
  weightKg: 1.6,
  originState: 'MI',
  channels: ['general_trade'],
  attributes: {},
  photoIds: [],
};

async function makeUser(email: string, role: Actor['role'], businessId: string | null = null): Promise<Actor> {
  const [u] = await conn()
    .db.insert(users)
    .values({ email, name: email.split('@')[0]!, passwordHash: 'x', role, emailVerifiedAt: new Date() })
    .returning();
  if (businessId) await conn().db.insert(businessMembers).values({ businessId, userId: u!.id, role: 'owner' });
  return actorOf(u!.id);
}

async function makeSeller(slug: string) {
  const [b] = await conn()
    .db.insert(businesses)
    .values({ slug, legalName: `${slug} LLC`, state: 'MI' })
    .returning();
  const owner = await makeUser(`${slug}@example.com`, 'business', b!.id);
  const listing = async (live: boolean, stock = 100) =>
    (
      await conn()
        .db.insert(listings)
        .values({
          businessId: b!.id,
          slug: `${slug}-${Math.random().toString(36).slice(2, 8)}`,
          status: 'approved',
          content: blueberries,
          published: blueberries,
          priceUsdCents: 2400,
          stock,
          sellerActive: true,
          live,
        })
        .returning()
    )[0]!;
  return { owner, live: await listing(true), hidden: await listing(false) };
}

const order = (listingId: string, quantity = 10): ShipmentInput => ({
  channel: 'general_trade',
  buyerName: 'Shanghai Fresh Imports Co.',
  buyerCity: 'Shanghai',
  destination: 'Shanghai (Yangshan port)',
  mode: 'air',
  incoterm: 'CPT',
  carrier: 'China Eastern Cargo',
  lines: [{ listingId, quantity, valueUsd: undefined }],
});

const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

let a: Awaited<ReturnType<typeof makeSeller>>;
let b: Awaited<ReturnType<typeof makeSeller>>;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  a = await makeSeller('traverse');
  b = await makeSeller('lakeshore');
  reviewer = await makeUser('rev@heartland.example', 'reviewer');
  admin = await makeUser('admin@heartland.example', 'admin');
});

const eventCount = async (id: string) =>
  (await conn().db.select().from(shipmentEvents).where(eq(shipmentEvents.shipmentId, id))).length;

describe('creating a shipment', () => {
  it('derives the value and requires the phytosanitary certificate for fresh fruit', async () => {
    const { id } = await createShipment(a.owner, order(a.live.id, 10));
    const s = await getShipment(a.owner, id);
    expect(s.shipment.valueUsdCents).toBe(24_000);
    expect(s.shipment.originStates).toEqual(['MI']);
    expect(s.documents.map((d) => d.rule.code)).toContain('phytosanitary_certificate');
  });

  it.each([
    ['another business’s listing', () => order(b.live.id), 'This is not one of your products.'],
    ['a listing that is not live', () => order(a.hidden.id), /is not live on the storefront/],
    ['a quantity above stock', () => order(a.live.id, 101), /Only 100 in stock/],
  ])('refuses %s with a clear message', async (_, input, message) => {
    const before = (await conn().db.select().from(shipments)).length;
    const e = await createShipment(a.owner, input()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).message).toMatch(message);
    expect((await conn().db.select().from(shipments)).length).toBe(before);
  });

  // Regression: a live listing whose HS code is not in the catalogue (611011 before the catalogue reached
  // wool sweaters) made createShipment throw a RangeError, a 500 that lost the seller's form.
  it('refuses a live listing whose HS code the catalogue does not know with a reason, never an exception', async () => {
    const sweater = { ...blueberries, category: 'apparel' as const, hs6: '619999', titleEn: 'Mystery knit' };
    const [odd] = await conn()
      .db.insert(listings)
      .values({
        businessId: a.live.businessId,
        slug: `odd-${Math.random().toString(36).slice(2, 8)}`,
        status: 'approved',
        content: sweater,
        published: sweater,
        priceUsdCents: 5000,
        stock: 10,
        sellerActive: true,
        live: true,
      })
      .returning();
    const before = (await conn().db.select().from(shipments)).length;
    const e = await createShipment(a.owner, order(odd!.id, 1)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).message).toMatch(
      /Mystery knit cannot go through this channel: HS 619999 is not in the product catalogue/,
    );
    expect((await conn().db.select().from(shipments)).length).toBe(before);
  });

  it('is for businesses only', async () => {
    await expect(createShipment(reviewer, order(a.live.id))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('authorization matrix', () => {
  let id: string;
  beforeAll(async () => {
    id = (await createShipment(a.owner, order(a.live.id))).id;
  });

  it('the owner, a reviewer and an admin can read it; another business gets NotFound', async () => {
    expect((await getShipment(a.owner, id)).shipment.id).toBe(id);
    expect((await getShipment(reviewer, id)).shipment.id).toBe(id);
    expect((await getShipment(admin, id)).shipment.id).toBe(id);
    await expect(getShipment(b.owner, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listShipments(b.owner, {})).rejects.toBeInstanceOf(NotFoundError);
  });

  it('another business cannot write to it, and nothing changes', async () => {
    const before = await eventCount(id);
    await expect(
      recordShipmentMilestone(b.owner, id, {
        target: 'documents_in_progress',
        occurredAt: ago(1),
        visibility: 'seller',
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      uploadShipmentDocument(b.owner, { shipmentId: id, code: 'commercial_invoice', fileName: 'i.pdf', bytes: PDF }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      markDocumentNotApplicable(b.owner, { shipmentId: id, code: 'cold_chain_program', reason: 'x' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await eventCount(id)).toBe(before);
    expect((await getShipment(a.owner, id)).shipment.status).toBe('draft');
  });

  it('staff record customs steps and the seller is notified; the seller cannot', async () => {
    const s = (await createShipment(a.owner, order(a.live.id))).id;
    await expect(
      recordShipmentMilestone(a.owner, s, { target: 'on_hold', occurredAt: ago(1), reason: 'x', visibility: 'seller' }),
    ).rejects.toThrow(/Only portal staff/);
    const before = (await conn().db.select().from(notifications)).length;
    await recordShipmentMilestone(reviewer, s, {
      target: 'on_hold',
      occurredAt: ago(1),
      reason: 'Awaiting importer papers',
      visibility: 'seller',
    });
    expect((await conn().db.select().from(notifications)).length).toBe(before + 1);
    expect((await getShipment(a.owner, s)).shipment.status).toBe('on_hold');
  });

  it('internal staff notes are hidden from the seller', async () => {
    const s = (await createShipment(a.owner, order(a.live.id))).id;
    await recordShipmentMilestone(reviewer, s, {
      target: 'on_hold',
      occurredAt: ago(1),
      reason: 'Checking the importer licence',
      visibility: 'internal',
    });
    expect((await getShipment(a.owner, s)).events.some((e) => e.kind === 'exception')).toBe(false);
    expect((await getShipment(admin, s)).events.some((e) => e.kind === 'exception')).toBe(true);
  });
});

describe('milestones', () => {
  it('refuses out of order, in the future, and before the documents are there', async () => {
    const { id } = await createShipment(a.owner, order(a.live.id));
    await expect(
      recordShipmentMilestone(a.owner, id, { target: 'shipped', occurredAt: ago(1), visibility: 'seller' }),
    ).rejects.toThrow(/before “Documents in progress”/);
    await expect(
      recordShipmentMilestone(a.owner, id, {
        target: 'documents_in_progress',
        occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
        visibility: 'seller',
      }),
    ).rejects.toThrow(/future/);
    await recordShipmentMilestone(a.owner, id, {
      target: 'documents_in_progress',
      occurredAt: ago(5),
      visibility: 'seller',
    });
    await expect(
      recordShipmentMilestone(a.owner, id, { target: 'documents_ready', occurredAt: ago(4), visibility: 'seller' }),
    ).rejects.toThrow(/until the required documents/);
    const s = await getShipment(a.owner, id);
    for (const d of s.documents) {
      if (d.rule.requiredBefore === 'documents_ready')
        await uploadShipmentDocument(a.owner, {
          shipmentId: id,
          code: d.rule.code,
          fileName: `${d.rule.code}.pdf`,
          bytes: PDF,
        });
    }
    await recordShipmentMilestone(a.owner, id, { target: 'documents_ready', occurredAt: ago(4), visibility: 'seller' });
    expect((await getShipment(a.owner, id)).shipment.status).toBe('documents_ready');
  });

  it('corrections keep history: a new event voids the step, and the events table refuses UPDATE and DELETE', async () => {
    const { id } = await createShipment(a.owner, order(a.live.id));
    await recordShipmentMilestone(a.owner, id, {
      target: 'documents_in_progress',
      occurredAt: ago(2),
      visibility: 'seller',
    });
    const step = (await getShipment(a.owner, id)).events.find((e) => e.status === 'documents_in_progress')!;
    await correctShipmentEvent(a.owner, id, { eventId: step.id, reason: 'Recorded on the wrong shipment' });
    const after = await getShipment(a.owner, id);
    expect(after.shipment.status).toBe('draft');
    expect(after.events.find((e) => e.id === step.id)!.voidedBy?.reason).toBe('Recorded on the wrong shipment');
    await expect(
      conn().db.update(shipmentEvents).set({ note: 'edited' }).where(eq(shipmentEvents.id, step.id)),
    ).rejects.toThrow();
    await expect(conn().db.delete(shipmentEvents).where(eq(shipmentEvents.id, step.id))).rejects.toThrow();
    expect(await eventCount(id)).toBe(after.events.length);
  });
});

describe('stuck list and admin list', () => {
  it('lists a shipment that sat in a step longer than its threshold', async () => {
    const { id } = await createShipment(a.owner, order(a.live.id));
    await conn()
      .db.update(shipments)
      .set({ status: 'documents_in_progress', statusEnteredAt: new Date(Date.now() - 20 * 86_400_000) })
      .where(eq(shipments.id, id));
    const groups = await listStuck(reviewer);
    expect(groups.find((g) => g.status === 'documents_in_progress')?.rows.map((r) => r.id)).toContain(id);
    await expect(listStuck(a.owner)).rejects.toBeInstanceOf(NotFoundError);
    const page = await listShipments(reviewer, {
      state: 'MI',
      category: 'fresh_fruit',
      status: 'documents_in_progress',
    });
    expect(page.rows.map((r) => r.id)).toContain(id);
  });
});

describe('expiry reminders', () => {
  it('sends each reminder once, e-mail and in-app', async () => {
    const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const [reg] = await conn()
      .db.insert(registrations)
      .values({
        businessId: a.owner.businessId!,
        code: 'gacc_registration',
        number: 'CUSA-1',
        issuer: 'GACC',
        expiresOn,
      })
      .returning();
    const mails = async () =>
      (
        await conn()
          .db.select()
          .from(outbox)
          .where(sql`${outbox.toAddress} = ${a.owner.email}`)
      ).length;
    const before = await mails();
    const first = await runExpiryReminders(new Date());
    expect(first.sent).toBeGreaterThanOrEqual(1);
    await runExpiryReminders(new Date());
    await runExpiryReminders(new Date(Date.now() + 3_600_000));
    const rows = await conn().db.select().from(expiryReminders).where(eq(expiryReminders.registrationId, reg!.id));
    expect(rows.filter((r) => !r.skipped).map((r) => r.daysBefore)).toEqual([30]);
    expect(rows.filter((r) => r.skipped).map((r) => r.daysBefore)).toEqual([90]);
    expect(await mails()).toBe(before + 1);
    // 23 days later the 7-day reminder goes out, once.
    await runExpiryReminders(new Date(Date.now() + 23 * 86_400_000));
    await runExpiryReminders(new Date(Date.now() + 23 * 86_400_000));
    expect(await mails()).toBe(before + 2);
  });
});

describe('shipment document expiry reminders', () => {
  it('an uploaded certificate of an open shipment is reminded once per step; none once the shipment is cancelled', async () => {
    const { id, reference } = await createShipment(a.owner, order(a.live.id, 1));
    const expiryDate = new Date(Date.now() + 6 * 86_400_000).toISOString().slice(0, 10);
    await uploadShipmentDocument(a.owner, {
      shipmentId: id,
      code: 'phytosanitary_certificate',
      fileName: 'phyto.pdf',
      bytes: PDF,
      issueDate: new Date().toISOString().slice(0, 10),
      expiryDate,
    });
    const inbox = async () =>
      (await conn().db.select().from(notifications).where(eq(notifications.userId, a.owner.userId))).filter((n) =>
        n.title.includes(reference),
      );
    await runExpiryReminders(new Date());
    await runExpiryReminders(new Date());
    const got = await inbox();
    expect(got).toHaveLength(1);
    expect(got[0]!.title).toMatch(/expires in 6 days/);
    // Through /switch, which opens it directly for someone already working for this business.
    expect(got[0]!.link).toBe(`/switch?to=${a.owner.businessId}&next=${encodeURIComponent(`/shipments/${id}`)}`);
    const rows = await conn()
      .db.select()
      .from(expiryReminders)
      .where(sql`${expiryReminders.shipmentDocumentId} is not null`);
    expect(rows.filter((r) => !r.skipped).map((r) => r.daysBefore)).toEqual([7]);
    // Another business's user heard nothing about it.
    expect(
      (await conn().db.select().from(notifications).where(eq(notifications.userId, b.owner.userId))).some((n) =>
        n.title.includes(reference),
      ),
    ).toBe(false);

    const other = await createShipment(a.owner, order(a.live.id, 1));
    await uploadShipmentDocument(a.owner, {
      shipmentId: other.id,
      code: 'phytosanitary_certificate',
      fileName: 'phyto.pdf',
      bytes: PDF,
      expiryDate,
    });
    await recordShipmentMilestone(a.owner, other.id, {
      target: 'cancelled',
      occurredAt: ago(0.01),
      reason: 'Buyer cancelled the order.',
      visibility: 'seller',
    });
    await runExpiryReminders(new Date());
    expect(
      (await conn().db.select().from(notifications).where(eq(notifications.userId, a.owner.userId))).some((n) =>
        n.title.includes(other.reference),
      ),
    ).toBe(false);
  });
});

describe('notification preference', () => {
  it('in-app only: the notification is stored, no e-mail is queued; switching back restores e-mail', async () => {
    const seller = await makeSeller('prefs');
    const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await conn().db.insert(registrations).values({
      businessId: seller.owner.businessId!,
      code: 'gacc_registration',
      number: 'CUSA-9',
      issuer: 'GACC',
      expiresOn,
    });
    await setEmailNotifications(seller.owner, false);
    expect(await getEmailNotifications(seller.owner)).toBe(false);
    const mails = async () =>
      (
        await conn()
          .db.select()
          .from(outbox)
          .where(sql`${outbox.toAddress} = ${seller.owner.email}`)
      ).length;
    const inApp = async () =>
      (await conn().db.select().from(notifications).where(eq(notifications.userId, seller.owner.userId))).length;
    await runExpiryReminders(new Date());
    expect(await inApp()).toBe(1);
    expect(await mails()).toBe(0);
    await setEmailNotifications(seller.owner, true);
    await runExpiryReminders(new Date(Date.now() + 23 * 86_400_000));
    expect(await inApp()).toBe(2);
    expect(await mails()).toBe(1);
    // The choice is the user's own: it did not change anyone else's.
    expect(await getEmailNotifications(a.owner)).toBe(true);
  });
});

describe('expired registrations and renewal', () => {
  it('flags the live listings and open shipments that need the registration, only for their business', async () => {
    const seller = await makeSeller('flags');
    const { id, reference } = await createShipment(seller.owner, order(seller.live.id, 1));
    const [reg] = await conn()
      .db.insert(registrations)
      .values({
        businessId: seller.owner.businessId!,
        code: 'orchard_packhouse_registration',
        number: 'MI-OP-7',
        issuer: 'USDA APHIS',
        expiresOn: '2025-12-31',
      })
      .returning();
    const flags = await getExpiryFlags(seller.owner);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.listings.map((l) => l.id)).toEqual([seller.live.id]);
    expect(flags[0]!.shipments).toEqual([{ id, label: reference }]);
    expect((await getShipment(seller.owner, id)).expiredRegistrations.map((r) => r.number)).toEqual(['MI-OP-7']);
    // Another business sees no flags of it; staff have no business to flag (not found, like any refusal).
    expect(await getExpiryFlags(b.owner)).toEqual([]);
    await expect(getExpiryFlags(admin)).rejects.toBeInstanceOf(NotFoundError);

    // Renewal: refused for another business, for a date not after today or not later than the current one.
    const renewal = {
      code: 'orchard_packhouse_registration',
      number: 'MI-OP-8',
      issuer: 'USDA APHIS',
      expiresOn: '2030-12-31',
    };
    await expect(renewRegistration(b.owner, renewal)).rejects.toBeInstanceOf(NotFoundError);
    await expect(renewRegistration(reviewer, renewal)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      renewRegistration(seller.owner, { ...renewal, expiresOn: new Date().toISOString().slice(0, 10) }),
    ).rejects.toMatchObject({ fieldErrors: { expiresOn: 'New expiry date must be after today.' } });
    const [unchanged] = await conn().db.select().from(registrations).where(eq(registrations.id, reg!.id));
    expect(unchanged!.number).toBe('MI-OP-7');
    await renewRegistration(seller.owner, renewal);
    await expect(renewRegistration(seller.owner, { ...renewal, expiresOn: '2029-01-01' })).rejects.toBeInstanceOf(
      DomainError,
    );
    expect(await getExpiryFlags(seller.owner)).toEqual([]);
    expect((await getShipment(seller.owner, id)).expiredRegistrations).toEqual([]);
    const audit = await conn().db.select().from(auditEvents).where(eq(auditEvents.targetId, reg!.id));
    expect(
      audit.map((e) => [
        e.action,
        (e.before as { expiresOn: string }).expiresOn,
        (e.after as { expiresOn: string }).expiresOn,
      ]),
    ).toEqual([['renew', '2025-12-31', '2030-12-31']]);
  });
});
