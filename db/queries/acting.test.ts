import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { NotFoundError } from '@/lib/errors';
import { notifyBusiness } from '../mutations/notify';
import { updatePriceAndStock } from '../mutations/listings';
import {
  applications,
  businessMembers,
  businesses,
  helperGrants,
  helperOrganisations,
  helperStaff,
  listings,
  notifications,
  outbox,
  users,
} from '../schema';
import { actingChoice, listMyBusinesses } from './acting';
import { getMyListing, listMyListings } from './listings';

setTestEnv({ uploads: 'acting' });
const { conn } = withTestDatabase();
const db = () => conn().db;

async function user(email: string, extra: Partial<typeof users.$inferInsert> = {}) {
  const [u] = await db()
    .insert(users)
    .values({ email, name: email.split('@')[0]!, passwordHash: 'x', emailVerifiedAt: new Date(), ...extra })
    .returning();
  return u!;
}

async function business(slug: string, ownerId: string) {
  const [b] = await db()
    .insert(businesses)
    .values({ slug, legalName: `${slug} LLC`, state: 'WI' })
    .returning();
  await db().insert(businessMembers).values({ businessId: b!.id, userId: ownerId, role: 'owner' });
  await db()
    .insert(applications)
    .values({ businessId: b!.id, ownerEmail: `${slug}@x.example`, status: 'approved' });
  return b!;
}

const content = (title: string) => ({
  category: 'wine' as const,
  hs6: '220421',
  titleEn: title,
  titleZh: '葡萄酒',
  descriptionEn: title,
  descriptionZh: '葡萄酒',
  zhBasedOn: null,
  unit: 'bottle',
  packSize: '750 ml',
  minOrder: 1,
  weightKg: 1.3,
  originState: 'WI',
  channels: ['general_trade' as const],
  attributes: {},
  photoIds: [],
});

let ownerA: Awaited<ReturnType<typeof user>>;
let ownerB: Awaited<ReturnType<typeof user>>;
let both: Awaited<ReturnType<typeof user>>;
let A: Awaited<ReturnType<typeof business>>;
let B: Awaited<ReturnType<typeof business>>;
let listingA: string;
let listingB: string;

beforeAll(async () => {
  ownerA = await user('owner-a@acting.example');
  ownerB = await user('owner-b@acting.example');
  both = await user('both@acting.example');
  A = await business('acting-a', ownerA.id);
  B = await business('acting-b', ownerB.id);
  // `both` joined A first (viewer), then B (editor).
  await db()
    .insert(businessMembers)
    .values({ businessId: A.id, userId: both.id, role: 'viewer', createdAt: new Date(Date.now() - 60_000) });
  await db().insert(businessMembers).values({ businessId: B.id, userId: both.id, role: 'editor' });
  const mk = async (businessId: string, title: string) =>
    (
      await db()
        .insert(listings)
        .values({
          businessId,
          slug: `${title}-${businessId.slice(0, 6)}`,
          content: content(title),
          priceUsdCents: 1000,
        })
        .returning()
    )[0]!.id;
  listingA = await mk(A.id, 'Alpha Red');
  listingB = await mk(B.id, 'Bravo White');
});

describe('the business acted for', () => {
  it('is the oldest membership by default, the chosen one when the user belongs to it', async () => {
    const first = await actorOf(both.id);
    expect(first.acting).toMatchObject({ businessId: A.id, via: { kind: 'member', role: 'viewer' } });
    expect(first.lostChoice).toBe(false);
    const chosen = await actorOf(both.id, B.id);
    expect(chosen.acting).toMatchObject({ businessId: B.id, via: { kind: 'member', role: 'editor' } });
    expect(chosen.businessId).toBe(B.id);
    expect((await listMyBusinesses(chosen)).map((b) => [b.businessId, b.role])).toEqual([
      [A.id, 'viewer'],
      [B.id, 'editor'],
    ]);
  });

  it('falls back, and says so, when the chosen business is not the user’s; "new" acts for none', async () => {
    const outsider = await actorOf(ownerA.id, B.id);
    expect(outsider.businessId).toBe(A.id);
    expect(outsider.lostChoice).toBe(true);
    expect(await actingChoice(outsider, B.id)).toBeNull();
    const fresh = await actorOf(ownerA.id, 'new');
    expect(fresh.acting).toBeNull();
    expect(fresh.lostChoice).toBe(false);
  });

  it('never leaks: after switching, the other business’s rows look missing and lists hold only the chosen one', async () => {
    const inA = await actorOf(both.id, A.id);
    const inB = await actorOf(both.id, B.id);
    expect((await listMyListings(inA)).map((l) => l.id)).toEqual([listingA]);
    expect((await listMyListings(inB)).map((l) => l.id)).toEqual([listingB]);
    await expect(getMyListing(inA, listingB)).rejects.toThrow(NotFoundError);
    await expect(getMyListing(inB, listingA)).rejects.toThrow(NotFoundError);
    // Editor in B, viewer in A: the same person writes in B, and cannot in A.
    await updatePriceAndStock(inB, listingB, { priceUsdCents: 1500, stock: 3 });
    await expect(updatePriceAndStock(inA, listingA, { priceUsdCents: 1, stock: 1 })).rejects.toThrow(NotFoundError);
    await expect(updatePriceAndStock(inB, listingA, { priceUsdCents: 1, stock: 1 })).rejects.toThrow(NotFoundError);
    const [a] = await db().select().from(listings).where(eq(listings.id, listingA));
    expect([a!.priceUsdCents, a!.stock]).toEqual([1000, 0]);
  });

  it('comes from an active helper grant, and is gone on the next request once the grant is revoked', async () => {
    const staff = await user('j.ortiz@datcp.example');
    const [org] = await db()
      .insert(helperOrganisations)
      .values({ name: 'Wisconsin DATCP (acting test)', kind: 'state_agriculture_office', states: ['WI'] })
      .returning();
    await db().insert(helperStaff).values({ organisationId: org!.id, userId: staff.id });
    const [g] = await db()
      .insert(helperGrants)
      .values({ businessId: A.id, organisationId: org!.id, scopes: ['view', 'prepare'], status: 'active' })
      .returning();
    const helper = await actorOf(staff.id, A.id);
    expect(helper.helper).toEqual({ organisationId: org!.id, organisationName: 'Wisconsin DATCP (acting test)' });
    expect(helper.acting).toMatchObject({
      businessId: A.id,
      via: { kind: 'helper', organisationId: org!.id, scopes: ['view', 'prepare'] },
      capabilities: ['business:view', 'application:prepare'],
    });
    expect((await getMyListing(helper, listingA)).listing.id).toBe(listingA);
    await expect(getMyListing(helper, listingB)).rejects.toThrow(NotFoundError);
    // The helper chose a business its organisation has no grant for: nothing, not its own membership.
    expect((await actorOf(staff.id, B.id)).acting).toBeNull();
    await db().update(helperGrants).set({ status: 'revoked', revokedAt: new Date() }).where(eq(helperGrants.id, g!.id));
    const next = await actorOf(staff.id, A.id);
    expect(next.acting).toBeNull();
    expect(next.lostChoice).toBe(true);
    await expect(getMyListing(next, listingA)).rejects.toThrow(NotFoundError);
  });
});

describe('one owner per business', () => {
  it('refuses a second owner, an ownerless business, and allows a transfer in one transaction', async () => {
    const c = await business('acting-c', (await user('owner-c@acting.example')).id);
    const ed = await user('ed-c@acting.example');
    await db().insert(businessMembers).values({ businessId: c.id, userId: ed.id, role: 'editor' });
    await expect(
      db().update(businessMembers).set({ role: 'owner' }).where(eq(businessMembers.userId, ed.id)),
    ).rejects.toThrow();
    await expect(
      db().transaction(async (tx) => {
        await tx
          .update(businessMembers)
          .set({ role: 'editor' })
          .where(and(eq(businessMembers.businessId, c.id), eq(businessMembers.role, 'owner')));
      }),
    ).rejects.toThrow();
    await expect(
      db().transaction(async (tx) => {
        await tx
          .delete(businessMembers)
          .where(and(eq(businessMembers.businessId, c.id), eq(businessMembers.role, 'owner')));
      }),
    ).rejects.toThrow();
    await db().transaction(async (tx) => {
      await tx
        .update(businessMembers)
        .set({ role: 'editor' })
        .where(and(eq(businessMembers.businessId, c.id), eq(businessMembers.role, 'owner')));
      await tx.update(businessMembers).set({ role: 'owner' }).where(eq(businessMembers.userId, ed.id));
    });
    const owners = await db()
      .select()
      .from(businessMembers)
      .where(and(eq(businessMembers.businessId, c.id), eq(businessMembers.role, 'owner')));
    expect(owners.map((o) => o.userId)).toEqual([ed.id]);
  });
});

describe('notifications go to those who should act', () => {
  it('by capability: members by role and helpers by grant, each with their own e-mail choice', async () => {
    const d = await business('acting-d', (await user('owner-d@acting.example')).id);
    const editor = await user('editor-d@acting.example', { emailNotifications: false });
    const viewer = await user('viewer-d@acting.example');
    const helperStaffUser = await user('helper-d@acting.example');
    const viewOnlyHelper = await user('viewhelper-d@acting.example');
    await db()
      .insert(businessMembers)
      .values([
        { businessId: d.id, userId: editor.id, role: 'editor' },
        { businessId: d.id, userId: viewer.id, role: 'viewer' },
      ]);
    const orgs = await db()
      .insert(helperOrganisations)
      .values([
        { name: 'Prep Co-op (acting test)', kind: 'cooperative' },
        { name: 'View Agents (acting test)', kind: 'export_agent' },
      ])
      .returning();
    await db()
      .insert(helperStaff)
      .values([
        { organisationId: orgs[0]!.id, userId: helperStaffUser.id },
        { organisationId: orgs[1]!.id, userId: viewOnlyHelper.id },
      ]);
    await db()
      .insert(helperGrants)
      .values([
        { businessId: d.id, organisationId: orgs[0]!.id, scopes: ['view', 'prepare'], status: 'active' },
        { businessId: d.id, organisationId: orgs[1]!.id, scopes: ['view'], status: 'active' },
      ]);
    await db().transaction((tx) =>
      notifyBusiness(tx, d.id, 'application:prepare', {
        title: 'Changes asked (acting test)',
        lines: ['x'],
        path: '/onboarding/status',
      }),
    );
    const got = await db().select().from(notifications).where(eq(notifications.title, 'Changes asked (acting test)'));
    const ids = new Set(got.map((n) => n.userId));
    expect(ids).toEqual(
      new Set([
        (await db().select().from(users).where(eq(users.email, 'owner-d@acting.example')))[0]!.id,
        editor.id,
        helperStaffUser.id,
      ]),
    );
    const mails = await db().select().from(outbox).where(eq(outbox.subject, 'Changes asked (acting test)'));
    // The editor chose in-app only.
    expect(mails.map((m) => m.toAddress).sort()).toEqual(['helper-d@acting.example', 'owner-d@acting.example']);
    expect(got[0]!.link).toBe(`/switch?to=${d.id}&next=%2Fonboarding%2Fstatus`);
  });
});
