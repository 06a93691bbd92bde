// Members and helper organisations of a business: invitations (single use, expiring, only for the address
// they were sent to, stored hashed), role changes, removal, ownership transfer (always one owner), helper
// grants, requests and revocation (effective on the next request), each in the activity log.
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@/lib/auth/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { listActivity, listBusinessHelpers, listMembers, listPendingInvitations } from '../queries/team';
import {
  businessActivity,
  businessMembers,
  businesses,
  helperGrants,
  helperOrganisations,
  helperStaff,
  outbox,
  teamInvitations,
  users,
} from '../schema';
import {
  acceptInvitation,
  changeMemberRole,
  decideHelperRequest,
  getInvitationByToken,
  grantHelperAccess,
  inviteMember,
  removeMember,
  requestHelperAccess,
  revokeHelperAccess,
  revokeInvitation,
  transferOwnership,
} from './team';

setTestEnv({ uploads: 'team' });
const { conn } = withTestDatabase();
const db = () => conn().db;

async function user(email: string, name = email.split('@')[0]!) {
  const [u] = await db()
    .insert(users)
    .values({ email, name, passwordHash: 'x', emailVerifiedAt: new Date() })
    .returning();
  return u!;
}

async function business(slug: string, ownerId: string) {
  const [b] = await db()
    .insert(businesses)
    .values({ slug, legalName: `${slug} LLC`, state: 'WI' })
    .returning();
  await db().insert(businessMembers).values({ businessId: b!.id, userId: ownerId, role: 'owner' });
  return b!;
}

/** The token of the newest invitation e-mail to `to`, read from the outbox like a mailbox. */
async function tokenSentTo(to: string) {
  const [m] = await db().select().from(outbox).where(eq(outbox.toAddress, to)).orderBy(desc(outbox.createdAt)).limit(1);
  const t = /\/invitations\/accept\?token=([A-Za-z0-9_-]{43})/.exec(m?.textBody ?? '')?.[1];
  if (!t) throw new Error(`no invitation to ${to}`);
  return t;
}

const roleOf = async (businessId: string, userId: string) =>
  (
    await db()
      .select({ role: businessMembers.role })
      .from(businessMembers)
      .where(and(eq(businessMembers.businessId, businessId), eq(businessMembers.userId, userId)))
  )[0]?.role ?? null;

const error = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

let owner: Awaited<ReturnType<typeof user>>;
let A: Awaited<ReturnType<typeof business>>;

beforeAll(async () => {
  owner = await user('owner@team.example', 'Karen Olsen');
  A = await business('team-a', owner.id);
});

describe('invitations', () => {
  it('the invitee joins once with the e-mailed link; the token is stored only as a hash', async () => {
    const invitee = await user('editor@team.example', 'Eddie Editor');
    await inviteMember(await actorOf(owner.id, A.id), { email: invitee.email, role: 'editor' });
    const token = await tokenSentTo(invitee.email);
    const [row] = await db().select().from(teamInvitations).where(eq(teamInvitations.email, invitee.email));
    expect(row!.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await getInvitationByToken(ANONYMOUS, token))?.state).toBe('open');
    expect((await listPendingInvitations(await actorOf(owner.id, A.id))).map((i) => i.email)).toContain(invitee.email);

    const joined = await acceptInvitation(await actorOf(invitee.id), token);
    expect(joined).toEqual({ kind: 'business', businessId: A.id });
    expect(await roleOf(A.id, invitee.id)).toBe('editor');
    expect((await actorOf(invitee.id, A.id)).acting?.capabilities).toContain('listings:write');

    // Single use, even for the same person.
    const again = await error(acceptInvitation(await actorOf(invitee.id), token));
    expect(again).toBeInstanceOf(DomainError);
    expect((again as Error).message).toMatch(/already been used/);
    expect((await getInvitationByToken(ANONYMOUS, token))?.state).toBe('used');

    const log = await listActivity(await actorOf(owner.id, A.id));
    expect(log.rows.map((r) => r.summary)).toEqual(
      expect.arrayContaining([
        'Invited editor@team.example as editor',
        'Eddie Editor (editor@team.example) joined as editor',
      ]),
    );
    expect(log.rows.find((r) => r.action === 'member.invited')?.by).toBe('by Karen Olsen');
  });

  it('a link opened by someone signed in as another address is refused and changes nothing', async () => {
    const stranger = await user('stranger@team.example');
    await inviteMember(await actorOf(owner.id, A.id), { email: 'invited@team.example', role: 'viewer' });
    const token = await tokenSentTo('invited@team.example');
    const e = await error(acceptInvitation(await actorOf(stranger.id), token));
    expect(e).toBeInstanceOf(DomainError);
    expect((e as Error).message).toMatch(/another e-mail address/);
    expect(await roleOf(A.id, stranger.id)).toBeNull();
    expect((await getInvitationByToken(ANONYMOUS, token))?.state).toBe('open');

    // The right person, signing up with the invited address later, still can.
    const invited = await user('invited@team.example');
    await acceptInvitation(await actorOf(invited.id), token);
    expect(await roleOf(A.id, invited.id)).toBe('viewer');
  });

  it('an expired or withdrawn link is refused; inviting again replaces the pending link', async () => {
    const late = await user('late@team.example');
    const past = new Date(Date.now() - 8 * 24 * 60 * 60_000);
    await inviteMember(await actorOf(owner.id, A.id), { email: late.email, role: 'editor' }, past);
    const expired = await tokenSentTo(late.email);
    expect((await getInvitationByToken(ANONYMOUS, expired))?.state).toBe('expired');
    expect(((await error(acceptInvitation(await actorOf(late.id), expired))) as Error).message).toMatch(/expired/);

    await inviteMember(await actorOf(owner.id, A.id), { email: late.email, role: 'editor' });
    const first = await tokenSentTo(late.email);
    await inviteMember(await actorOf(owner.id, A.id), { email: late.email, role: 'viewer' });
    const second = await tokenSentTo(late.email);
    expect(((await error(acceptInvitation(await actorOf(late.id), first))) as Error).message).toMatch(/withdrawn/);
    const [pending] = await listPendingInvitations(await actorOf(owner.id, A.id)).then((r) =>
      r.filter((i) => i.email === late.email),
    );
    await revokeInvitation(await actorOf(owner.id, A.id), pending!.id);
    expect(((await error(acceptInvitation(await actorOf(late.id), second))) as Error).message).toMatch(/withdrawn/);
    expect(await roleOf(A.id, late.id)).toBeNull();
  });

  it('only the owner invites; inviting a member again is refused by field', async () => {
    const [editor] = await db().select().from(users).where(eq(users.email, 'editor@team.example'));
    expect(
      await error(inviteMember(await actorOf(editor!.id, A.id), { email: 'x@team.example', role: 'viewer' })),
    ).toBeInstanceOf(NotFoundError);
    const e = await error(inviteMember(await actorOf(owner.id, A.id), { email: editor!.email, role: 'viewer' }));
    expect((e as DomainError).fieldErrors.email).toMatch(/already a member/);
  });
});

describe('members', () => {
  it('the owner changes a role, removes a member and hands over ownership; one owner always', async () => {
    const a = await user('m-a@team.example', 'Ann');
    const b = await user('m-b@team.example', 'Bob');
    const B = await business('team-b', owner.id);
    await db()
      .insert(businessMembers)
      .values([
        { businessId: B.id, userId: a.id, role: 'editor' },
        { businessId: B.id, userId: b.id, role: 'viewer' },
      ]);
    const asOwner = () => actorOf(owner.id, B.id);
    await changeMemberRole(await asOwner(), b.id, 'editor');
    expect(await roleOf(B.id, b.id)).toBe('editor');
    expect(await error(changeMemberRole(await asOwner(), owner.id, 'viewer'))).toBeInstanceOf(DomainError);
    expect(await error(removeMember(await asOwner(), owner.id))).toBeInstanceOf(DomainError);
    // Someone who is not a member of B is not found.
    const outsider = await user('m-out@team.example');
    expect(await error(removeMember(await asOwner(), outsider.id))).toBeInstanceOf(NotFoundError);
    // An editor cannot manage members.
    expect(await error(removeMember(await actorOf(a.id, B.id), b.id))).toBeInstanceOf(NotFoundError);

    await removeMember(await asOwner(), b.id);
    expect(await roleOf(B.id, b.id)).toBeNull();
    expect((await actorOf(b.id, B.id)).acting).toBeNull();

    await transferOwnership(await asOwner(), a.id);
    expect(await roleOf(B.id, a.id)).toBe('owner');
    expect(await roleOf(B.id, owner.id)).toBe('editor');
    const owners = await db()
      .select()
      .from(businessMembers)
      .where(and(eq(businessMembers.businessId, B.id), eq(businessMembers.role, 'owner')));
    expect(owners).toHaveLength(1);
    // The former owner no longer manages members; the new one does.
    expect(await error(removeMember(await actorOf(owner.id, B.id), a.id))).toBeInstanceOf(NotFoundError);
    expect((await listMembers(await actorOf(a.id, B.id)))[0]!.userId).toBe(a.id);
    const summaries = (await listActivity(await actorOf(a.id, B.id))).rows.map((r) => r.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Changed Bob’s role from viewer to editor',
        'Removed Bob (m-b@team.example)',
        'Handed ownership to Ann (m-a@team.example) and became an editor',
      ]),
    );
  });
});

describe('helper organisations', () => {
  it('granted, asked and accepted, revoked: the helper acts until the next request after revocation', async () => {
    const [org] = await db()
      .insert(helperOrganisations)
      .values({ name: 'Wisconsin DATCP', kind: 'state_agriculture_office', states: ['WI'] })
      .returning();
    const [coop] = await db()
      .insert(helperOrganisations)
      .values({ name: 'Door County Growers Co-op', kind: 'cooperative', states: ['WI'] })
      .returning();
    const ortiz = await user('jortiz@datcp.example', 'J. Ortiz');
    const packer = await user('packer@coop.example', 'Pat Packer');
    await db()
      .insert(helperStaff)
      .values([
        { organisationId: org!.id, userId: ortiz.id },
        { organisationId: coop!.id, userId: packer.id },
      ]);

    await grantHelperAccess(await actorOf(owner.id, A.id), { organisationId: org!.id, scopes: ['view', 'prepare'] });
    const helping = await actorOf(ortiz.id, A.id);
    expect(helping.acting?.capabilities).toEqual(['business:view', 'application:prepare']);

    // The co-op asks (by the owner's address); the owner accepts with fewer scopes than asked.
    await requestHelperAccess(await actorOf(packer.id), {
      ownerEmail: owner.email,
      scopes: ['view', 'listings_shipments', 'prepare'],
      message: 'We pack your cherries.',
    });
    // An address that owns nothing gives the same answer and creates nothing.
    await requestHelperAccess(await actorOf(packer.id), {
      ownerEmail: 'nobody@team.example',
      scopes: ['view'],
      message: null,
    });
    expect((await actorOf(packer.id, A.id)).acting).toBeNull();
    const requests = (await listBusinessHelpers(await actorOf(owner.id, A.id))).filter((h) => h.status === 'requested');
    expect(requests.map((r) => r.organisationName)).toContain('Door County Growers Co-op');
    const coopRequest = requests.find((r) => r.organisationId === coop!.id)!;
    // Only the owner decides.
    expect(
      await error(decideHelperRequest(await actorOf(ortiz.id, A.id), coopRequest.id, { accept: false })),
    ).toBeInstanceOf(NotFoundError);
    await decideHelperRequest(await actorOf(owner.id, A.id), coopRequest.id, {
      accept: true,
      scopes: ['view', 'listings_shipments'],
    });
    expect((await actorOf(packer.id, A.id)).acting?.capabilities).toEqual([
      'business:view',
      'listings:write',
      'shipments:write',
    ]);

    const [grant] = await db()
      .select()
      .from(helperGrants)
      .where(and(eq(helperGrants.organisationId, org!.id), eq(helperGrants.status, 'active')));
    await revokeHelperAccess(await actorOf(owner.id, A.id), grant!.id);
    // The actor of the same session, rebuilt for its next request, acts for nobody.
    const next = await actorOf(ortiz.id, A.id);
    expect(next.acting).toBeNull();
    expect(next.lostChoice).toBe(true);
    expect(await error(revokeHelperAccess(await actorOf(owner.id, A.id), grant!.id))).toBeInstanceOf(NotFoundError);

    const activity = await db()
      .select()
      .from(businessActivity)
      .where(and(eq(businessActivity.businessId, A.id), eq(businessActivity.action, 'helper.requested')));
    expect(activity[0]!.helperOrganisationId).toBe(coop!.id);
    const helpersOnly = await listActivity(await actorOf(owner.id, A.id), { helpersOnly: true });
    expect(helpersOnly.rows.map((r) => r.by)).toEqual(['by Pat Packer, Door County Growers Co-op, for team-a LLC']);
  });
});
