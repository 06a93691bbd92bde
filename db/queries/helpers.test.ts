// Helper organisations: admins create them and add staff (existing accounts at once, others by
// invitation); a helper's home lists only its organisation's active grants, with keyset pages and filters
// that agree with what each business's rows say.
import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError, NotFoundError } from '@/lib/errors';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { addHelperStaff, createHelperOrganisation, removeHelperStaff } from '../mutations/helpers';
import { acceptInvitation } from '../mutations/team';
import {
  applications,
  businesses,
  helperGrants,
  helperStaff,
  outbox,
  registrations,
  shipments,
  users,
} from '../schema';
import { getHelperOrganisation, listHelperBusinesses, listHelperOrganisations } from './helpers';

setTestEnv({ uploads: 'helpers' });
const { conn } = withTestDatabase();
const db = () => conn().db;

async function user(email: string, role: 'business' | 'reviewer' | 'admin' = 'business') {
  const [u] = await db()
    .insert(users)
    .values({ email, name: email.split('@')[0]!, passwordHash: 'x', role, emailVerifiedAt: new Date() })
    .returning();
  return u!;
}

const error = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

const DAY = 24 * 60 * 60_000;
const NOW = new Date('2026-12-03T12:00:00Z');

let admin: Awaited<ReturnType<typeof user>>;
let orgA: string;
let orgB: string;
let staffA: Awaited<ReturnType<typeof user>>;
let staffB: Awaited<ReturnType<typeof user>>;
const granted: string[] = [];

beforeAll(async () => {
  admin = await user('admin@helpers.example', 'admin');
  ({ id: orgA } = await createHelperOrganisation(await actorOf(admin.id), {
    name: 'Wisconsin DATCP',
    kind: 'state_agriculture_office',
    states: ['WI'],
  }));
  ({ id: orgB } = await createHelperOrganisation(await actorOf(admin.id), {
    name: 'Great Lakes Co-op',
    kind: 'cooperative',
    states: ['MI', 'WI'],
  }));
  staffA = await user('ortiz@helpers.example');
  staffB = await user('coop@helpers.example');
  expect(await addHelperStaff(await actorOf(admin.id), { organisationId: orgA, email: staffA.email })).toBe('added');
  await addHelperStaff(await actorOf(admin.id), { organisationId: orgB, email: staffB.email });
  // 30 businesses granted to A: every third still a draft, every fifth with a registration expiring
  // soon, every seventh with a shipment stuck in documents for 20 days.
  for (let i = 0; i < 30; i++) {
    const [b] = await db()
      .insert(businesses)
      .values({
        slug: `helped-${i}`,
        legalName: `Helped ${String(i).padStart(2, '0')} LLC`,
        state: i % 2 ? 'WI' : 'MN',
      })
      .returning();
    await db()
      .insert(applications)
      .values({ businessId: b!.id, ownerEmail: `o${i}@helpers.example`, status: i % 3 === 0 ? 'draft' : 'approved' });
    await db()
      .insert(helperGrants)
      .values({ businessId: b!.id, organisationId: orgA, scopes: ['view', 'prepare'], status: 'active' });
    if (i % 5 === 0)
      await db()
        .insert(registrations)
        .values({
          businessId: b!.id,
          code: 'fda_food_facility',
          number: 'F-1',
          issuer: 'FDA',
          expiresOn: new Date(NOW.getTime() + 10 * DAY).toISOString().slice(0, 10),
        });
    if (i % 7 === 0)
      await db()
        .insert(shipments)
        .values({
          businessId: b!.id,
          reference: `SHP-H-${i}`,
          channel: 'general_trade',
          buyerName: 'Buyer',
          buyerCity: 'Shanghai',
          destination: 'Shanghai',
          incoterm: 'CIF',
          carrier: 'COSCO',
          mode: 'sea',
          valueUsdCents: 100,
          eeiRequired: false,
          status: 'documents_in_progress',
          statusEnteredAt: new Date(NOW.getTime() - 20 * DAY),
        });
    granted.push(b!.id);
  }
  // One more, granted to B only, and one whose grant to A was revoked.
  const [other] = await db().insert(businesses).values({ slug: 'coop-only', legalName: 'Co-op Only LLC' }).returning();
  await db()
    .insert(helperGrants)
    .values({ businessId: other!.id, organisationId: orgB, scopes: ['view'], status: 'active' });
  await db()
    .insert(helperGrants)
    .values({ businessId: other!.id, organisationId: orgA, scopes: ['view'], status: 'revoked' });
});

describe('helper organisations (admin)', () => {
  it('only admins create them; names are unique regardless of case', async () => {
    const e = await error(
      createHelperOrganisation(await actorOf(admin.id), {
        name: 'wisconsin datcp',
        kind: 'cooperative',
        states: ['WI'],
      }),
    );
    expect((e as DomainError).fieldErrors.name).toMatch(/already taken/);
    expect(
      await error(
        createHelperOrganisation(await actorOf(staffA.id), { name: 'Mine', kind: 'export_agent', states: ['WI'] }),
      ),
    ).toBeInstanceOf(NotFoundError);
    expect(await error(listHelperOrganisations(await actorOf(staffA.id)))).toBeInstanceOf(NotFoundError);
    const orgs = await listHelperOrganisations(await actorOf(admin.id));
    expect(orgs.find((o) => o.id === orgA)).toMatchObject({ staff: 1, businesses: 30 });
  });

  it('staff: an existing business account joins at once, a new address is invited; one organisation each', async () => {
    const reviewer = await user('rev@helpers.example', 'reviewer');
    const refused = await error(
      addHelperStaff(await actorOf(admin.id), { organisationId: orgA, email: reviewer.email }),
    );
    expect((refused as DomainError).fieldErrors.email).toMatch(/reviewer or admin/);
    const twice = await error(addHelperStaff(await actorOf(admin.id), { organisationId: orgB, email: staffA.email }));
    expect((twice as DomainError).message).toMatch(/another helper organisation/);

    expect(await addHelperStaff(await actorOf(admin.id), { organisationId: orgA, email: 'new@helpers.example' })).toBe(
      'invited',
    );
    const [mail] = await db()
      .select()
      .from(outbox)
      .where(eq(outbox.toAddress, 'new@helpers.example'))
      .orderBy(desc(outbox.createdAt));
    expect(mail!.subject).toMatch(/invites you to Wisconsin DATCP/);
    const token = /token=([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1]!;
    expect((await getHelperOrganisation(await actorOf(admin.id), orgA)).invitations.map((i) => i.email)).toEqual([
      'new@helpers.example',
    ]);
    const newcomer = await user('new@helpers.example');
    expect(await acceptInvitation(await actorOf(newcomer.id), token)).toEqual({
      kind: 'organisation',
      organisationId: orgA,
    });
    expect((await actorOf(newcomer.id)).helper?.organisationId).toBe(orgA);

    await removeHelperStaff(await actorOf(admin.id), { organisationId: orgA, userId: newcomer.id });
    expect((await actorOf(newcomer.id)).helper).toBeNull();
    expect(await db().select().from(helperStaff).where(eq(helperStaff.userId, newcomer.id))).toEqual([]);
  });
});

describe("a helper's home", () => {
  it('pages through its own active grants by keyset, never another organisation’s', async () => {
    const a = await actorOf(staffA.id);
    const first = await listHelperBusinesses(a, {}, NOW);
    expect(first.rows).toHaveLength(25);
    expect(first.nextAfter).not.toBeNull();
    const second = await listHelperBusinesses(a, { after: first.nextAfter! }, NOW);
    expect(second.rows).toHaveLength(5);
    expect(second.nextAfter).toBeNull();
    const all = [...first.rows, ...second.rows].map((r) => r.businessId);
    expect(new Set(all).size).toBe(30);
    expect([...all].sort()).toEqual([...granted].sort());
    const b = await listHelperBusinesses(await actorOf(staffB.id), {}, NOW);
    expect(b.rows.map((r) => r.name)).toEqual(['Co-op Only LLC']);
    // Not a helper at all: nothing.
    expect(await error(listHelperBusinesses(await actorOf(admin.id), {}, NOW))).toBeInstanceOf(NotFoundError);
  });

  it('filters agree with each business’s rows', async () => {
    const a = await actorOf(staffA.id);
    const names = async (f: Parameters<typeof listHelperBusinesses>[1]) =>
      (await listHelperBusinesses(a, f, NOW)).rows.map((r) => Number(r.name.slice(7, 9))).sort((x, y) => x - y);
    const upTo30 = (p: (i: number) => boolean) => [...Array(30).keys()].filter(p);
    expect(await names({ attention: 'expiring' })).toEqual(upTo30((i) => i % 5 === 0));
    expect(await names({ attention: 'stuck' })).toEqual(upTo30((i) => i % 7 === 0));
    expect(await names({ attention: 'not_submitted' })).toEqual(upTo30((i) => i % 3 === 0));
    expect(await names({ status: 'approved', state: 'WI' })).toEqual(upTo30((i) => i % 3 !== 0 && i % 2 === 1));
    const row = (await listHelperBusinesses(a, { attention: 'stuck' }, NOW)).rows.find(
      (r) => r.name === 'Helped 00 LLC',
    )!;
    expect(row).toMatchObject({ status: 'draft', expiringSoon: 1, stuckShipments: 1, scopes: ['view', 'prepare'] });
    expect(row.nextExpiry).toBe(new Date(NOW.getTime() + 10 * DAY).toISOString().slice(0, 10));
  });
});
