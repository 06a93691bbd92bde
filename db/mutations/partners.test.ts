// Partner organisations, API keys and the partner door of route(): keys are stored only as SHA-256, a
// revoked key fails on its very next request, a key acts only within its scopes, and one partner's
// keys are not another's to revoke or rotate.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { route } from '@/lib/auth/route';
import { hashApiKey } from '@/lib/auth/api-keys';
import { NotFoundError } from '@/lib/errors';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { authenticateApiKey, listMyApiKeys } from '../queries/partners';
import { auditEvents, partnerApiKeys, users } from '../schema';
import { addPartnerUser, createApiKey, createPartnerOrganisation, revokeApiKey, rotateApiKey } from './partners';

const { conn } = withTestDatabase();

const ids: Record<string, string> = {};
async function user(name: string, role: 'business' | 'admin' = 'business') {
  const [u] = await conn()
    .db.insert(users)
    .values({ email: `${name}@example.com`, name, passwordHash: 'x', role, emailVerifiedAt: new Date() })
    .returning({ id: users.id });
  ids[name] = u!.id;
}

const probe = route({ access: 'partner', scope: 'catalogue:read' }, ({ actor }) =>
  Response.json({ organisationId: actor.organisationId, keyId: actor.keyId }),
);
const call = (key: string | null, init: RequestInit = {}) =>
  probe(
    new Request('http://localhost/api/v1/partner/probe', {
      ...init,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(init.headers ?? {}) },
    }),
  );

beforeAll(async () => {
  for (const n of ['admin', 'mei', 'omar', 'seller']) await user(n, n === 'admin' ? 'admin' : 'business');
  const admin = await actorOf(ids.admin!);
  const a = await createPartnerOrganisation(admin, { name: 'Tmall Global', kind: 'storefront' });
  const b = await createPartnerOrganisation(admin, { name: 'Pacific Importers', kind: 'importer' });
  ids.orgA = a.id;
  ids.orgB = b.id;
  await addPartnerUser(admin, a.id, 'MEI@example.com');
  await addPartnerUser(admin, b.id, 'omar@example.com');
});

describe('partner organisations', () => {
  it('only an admin creates one or adds people; a person works for one partner; decisions are audited', async () => {
    const mei = await actorOf(ids.mei!);
    expect(mei.partner).toEqual({ organisationId: ids.orgA, organisationName: 'Tmall Global' });
    await expect(createPartnerOrganisation(mei, { name: 'X', kind: 'agency' })).rejects.toThrow(NotFoundError);
    const admin = await actorOf(ids.admin!);
    await expect(addPartnerUser(admin, ids.orgB!, 'mei@example.com')).rejects.toThrow(/already works/);
    await expect(addPartnerUser(admin, ids.orgB!, 'nobody@example.com')).rejects.toThrow(/No account/);
    await expect(createPartnerOrganisation(admin, { name: 'tmall global', kind: 'storefront' })).rejects.toThrow(
      /exists already/,
    );
    const audit = await conn().db.select().from(auditEvents).where(eq(auditEvents.targetId, ids.orgA!));
    expect(audit.map((e) => e.action).sort()).toEqual(['add_user', 'create']);
  });
});

describe('API keys', () => {
  it('stores only the SHA-256 of the key, with its visible prefix', async () => {
    const mei = await actorOf(ids.mei!);
    const k = await createApiKey(mei, { name: 'Sync', scopes: ['catalogue:read'] });
    const [row] = await conn().db.select().from(partnerApiKeys).where(eq(partnerApiKeys.id, k.id));
    expect(row!.secretHash).toBe(hashApiKey(k.key));
    expect(JSON.stringify(row)).not.toContain(k.key.slice(13));
    expect(k.key.startsWith(`hgp_${row!.prefix}_`)).toBe(true);
  });

  it('authenticates a key, records its use, and refuses it on the next request once revoked', async () => {
    const mei = await actorOf(ids.mei!);
    const k = await createApiKey(mei, { name: 'Revoke me', scopes: ['catalogue:read'] });
    const ok = await call(k.key);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ organisationId: ids.orgA, keyId: k.id });
    expect(ok.headers.get('ratelimit-limit')).toBe('600');
    const listed = (await listMyApiKeys(mei)).find((x) => x.id === k.id)!;
    expect(listed.requestCount).toBe(1);
    expect(listed.last7Days).toBe(1);
    expect(listed.lastUsedAt).not.toBeNull();

    await revokeApiKey(mei, k.id);
    const after = await call(k.key);
    expect(after.status).toBe(401);
    expect(after.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await authenticateApiKey(k.key)).toBeNull();
  });

  it('answers 401 without a key or with a made-up one, and 403 for a scope the key lacks', async () => {
    expect((await call(null)).status).toBe(401);
    expect((await call('hgp_AAAAAAAA_' + 'a'.repeat(43))).status).toBe(401);
    expect((await call('not-a-key')).status).toBe(401);
    const mei = await actorOf(ids.mei!);
    const k = await createApiKey(mei, { name: 'Orders only', scopes: ['purchase_orders:write'] });
    const res = await call(k.key);
    expect(res.status).toBe(403);
    expect((await res.json()).error).toBe('insufficient_scope');
  });

  it('is not refused as cross-site: a bearer key is no ambient credential', async () => {
    const post = route({ access: 'partner', scope: 'catalogue:read' }, () => new Response(null, { status: 204 }));
    const mei = await actorOf(ids.mei!);
    const k = await createApiKey(mei, { name: 'Cross', scopes: ['catalogue:read'] });
    const res = await post(
      new Request('http://localhost/api/v1/partner/x', {
        method: 'POST',
        headers: { authorization: `Bearer ${k.key}`, origin: 'https://elsewhere.example' },
      }),
    );
    expect(res.status).toBe(204);
  });

  it('applies each key its own per-minute limit', async () => {
    const mei = await actorOf(ids.mei!);
    const k = await createApiKey(mei, { name: 'Tiny', scopes: ['catalogue:read'], rateLimitPerMinute: 2 });
    const other = await createApiKey(mei, { name: 'Other', scopes: ['catalogue:read'] });
    // Mid-minute, so the three calls fall in one window.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:30Z'));
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await call(k.key)).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect((await call(other.key)).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
    const listed = (await listMyApiKeys(mei)).find((x) => x.id === k.id)!;
    expect([listed.last7Days, listed.refused7Days]).toEqual([3, 1]);
  });

  it('rotates: a new secret with the same scopes, the old one refused at once', async () => {
    const mei = await actorOf(ids.mei!);
    const k = await createApiKey(mei, { name: 'Rotate', scopes: ['catalogue:read', 'webhooks:manage'] });
    const r = await rotateApiKey(mei, k.id);
    expect((await call(k.key)).status).toBe(401);
    expect((await call(r.key)).status).toBe(200);
    const [row] = await conn().db.select().from(partnerApiKeys).where(eq(partnerApiKeys.id, r.id));
    expect(row!.scopes).toEqual(['catalogue:read', 'webhooks:manage']);
    expect(row!.rotatedFrom).toBe(k.id);
  });

  it("another partner's keys are not found: not listed, not revoked, not rotated", async () => {
    const mei = await actorOf(ids.mei!);
    const omar = await actorOf(ids.omar!);
    const k = await createApiKey(mei, { name: 'Mine', scopes: ['catalogue:read'] });
    expect((await listMyApiKeys(omar)).some((x) => x.id === k.id)).toBe(false);
    await expect(revokeApiKey(omar, k.id)).rejects.toThrow(NotFoundError);
    await expect(rotateApiKey(omar, k.id)).rejects.toThrow(NotFoundError);
    expect((await call(k.key)).status).toBe(200);
    // A seller with no partner, and an admin, have no keys to manage.
    await expect(listMyApiKeys(await actorOf(ids.seller!))).rejects.toThrow(NotFoundError);
    await expect(createApiKey(await actorOf(ids.admin!), { name: 'x', scopes: [] })).rejects.toThrow(NotFoundError);
  });
});
