// The partner API end to end through its route handlers: the catalogue with stock and readiness,
// storefront status reports shown to the seller, purchase orders with Idempotency-Key, the seller's
// accept (a shipment draft, stock reserved) or decline, and the order read back with its milestones.
// Authorization rows: anonymous 401; another partner's order not found; a key without the scope 403;
// another business cannot accept an order; a partner cannot report on a listing never in the catalogue.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as catalogue } from '@/app/api/v1/partner/catalogue/route';
import { POST as reportStatus } from '@/app/api/v1/partner/listings/[id]/status/route';
import { GET as readOrder } from '@/app/api/v1/partner/purchase-orders/[id]/route';
import { POST as sendOrder } from '@/app/api/v1/partner/purchase-orders/route';
import type { Actor } from '@/lib/auth/actor';
import type { ListingContent } from '@/lib/domain/listing-content';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { listStorefrontStatuses, listPurchaseOrders } from '../queries/partner-api';
import { getShipment } from '../queries/shipments';
import { businessMembers, businesses, listingEvents, listings, notifications, users } from '../schema';
import { acceptPurchaseOrder, declinePurchaseOrder } from './partner-api';
import { addPartnerUser, createApiKey, createPartnerOrganisation } from './partners';
import { recordShipmentMilestone } from './shipments';

setTestEnv({ uploads: 'partner-api' });
const { conn } = withTestDatabase();

const sweater: ListingContent = {
  category: 'apparel',
  hs6: '611011',
  titleEn: 'Merino Wool Crewneck Sweater',
  titleZh: '美利奴羊毛圆领毛衣',
  descriptionEn: 'Sweater',
  descriptionZh: '毛衣',
  zhBasedOn: null,
  unit: 'piece',
  packSize: '1 sweater',
  minOrder: 2,
  weightKg: 0.4,
  originState: 'WI',
  channels: ['general_trade', 'cbec_bonded'],
  attributes: { fibre: '100% merino wool', sizes: 'XS–XL', care: 'Hand wash cold' },
  photoIds: [],
};

async function makeUser(email: string, role: Actor['role'] = 'business') {
  const [u] = await conn()
    .db.insert(users)
    .values({ email, name: email.split('@')[0]!, passwordHash: 'x', role, emailVerifiedAt: new Date() })
    .returning();
  return u!.id;
}

async function makeSeller(slug: string) {
  const [b] = await conn()
    .db.insert(businesses)
    .values({ slug, legalName: `${slug} LLC`, state: 'WI' })
    .returning();
  const ownerId = await makeUser(`${slug}@example.com`);
  await conn().db.insert(businessMembers).values({ businessId: b!.id, userId: ownerId, role: 'owner' });
  const listing = async (live: boolean, published = true) =>
    (
      await conn()
        .db.insert(listings)
        .values({
          businessId: b!.id,
          slug: `${slug}-${Math.random().toString(36).slice(2, 8)}`,
          status: published ? 'approved' : 'draft',
          content: sweater,
          published: published ? sweater : null,
          priceUsdCents: 8900,
          stock: 40,
          sellerActive: true,
          live,
        })
        .returning()
    )[0]!;
  return {
    owner: () => actorOf(ownerId),
    ownerId,
    live: await listing(true),
    other: await listing(true),
    draft: await listing(false, false),
  };
}

let a: Awaited<ReturnType<typeof makeSeller>>;
let b: Awaited<ReturnType<typeof makeSeller>>;
const keys: Record<string, string> = {};

beforeAll(async () => {
  a = await makeSeller('chippewa');
  b = await makeSeller('ozark');
  const admin = await actorOf(await makeUser('admin@heartland.example', 'admin'));
  for (const [name, kind] of [
    ['Tmall Global', 'storefront'],
    ['Pacific Importers', 'importer'],
  ] as const) {
    const org = await createPartnerOrganisation(admin, { name, kind });
    const email = `${kind}@partner.example`;
    await makeUser(email);
    await addPartnerUser(admin, org.id, email);
  }
  const tmall = await actorOf(
    (await conn().db.select().from(users).where(eq(users.email, 'storefront@partner.example')))[0]!.id,
  );
  const pacific = await actorOf(
    (await conn().db.select().from(users).where(eq(users.email, 'importer@partner.example')))[0]!.id,
  );
  const all = ['catalogue:read', 'listing_status:write', 'purchase_orders:write'] as const;
  keys.tmall = (await createApiKey(tmall, { name: 'all', scopes: [...all] })).key;
  keys.pacific = (await createApiKey(pacific, { name: 'all', scopes: [...all] })).key;
  keys.readOnly = (await createApiKey(tmall, { name: 'read', scopes: ['catalogue:read'] })).key;
});

const req = (path: string, key: string | null, init: { method?: string; body?: unknown; idem?: string } = {}) =>
  new Request(`http://localhost${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(init.idem ? { 'idempotency-key': init.idem } : {}),
      'content-type': 'application/json',
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });

const po = (lines: { listingId: string; quantity: number }[], extra: Record<string, unknown> = {}) => ({
  reference: 'PAC-1001',
  channel: 'general_trade',
  mode: 'sea',
  incoterm: 'FOB',
  requestedDate: '2099-03-01',
  destination: { kind: 'port', name: 'Shanghai Yangshan' },
  buyerCity: 'Shanghai',
  lines,
  ...extra,
});

describe('catalogue', () => {
  it('pages the live catalogue by (updated_at, id) with stock and readiness per channel; tombstones the rest', async () => {
    const seen: { id: string; live: boolean; stock?: number; readiness?: { channel: string; ready: boolean }[] }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await catalogue(
        req(`/api/v1/partner/catalogue?limit=2${cursor ? `&cursor=${cursor}` : ''}`, keys.readOnly!),
      );
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: typeof seen; nextCursor: string | null };
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    const ids = seen.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([a.live.id, a.other.id, b.live.id, b.other.id]));
    expect(ids).not.toContain(a.draft.id);
    const item = seen.find((i) => i.id === a.live.id)!;
    expect(item.stock).toBe(40);
    expect(item.readiness!.map((r) => r.channel).sort()).toEqual(['cbec_bonded', 'general_trade']);

    // Incremental: only what changed since.
    const since = new Date().toISOString();
    await conn().db.update(listings).set({ stock: 39, updatedAt: new Date() }).where(eq(listings.id, b.other.id));
    const res = await catalogue(req(`/api/v1/partner/catalogue?since=${since}`, keys.readOnly!));
    const body = (await res.json()) as { items: { id: string; stock: number }[] };
    expect(body.items.map((i) => [i.id, i.stock])).toEqual([[b.other.id, 39]]);
  });

  it('names bad parameters, and refuses anonymous callers and keys without the scope', async () => {
    const bad = await catalogue(req('/api/v1/partner/catalogue?limit=0&colour=red', keys.readOnly!));
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { errors: object }).errors).sort()).toEqual(['colour', 'limit']);
    const anon = await catalogue(req('/api/v1/partner/catalogue', null));
    expect(anon.status).toBe(401);
    expect(await anon.json()).toEqual({ errors: { unauthenticated: expect.any(String) } });
    const scopeless = await sendOrder(
      req('/api/v1/partner/purchase-orders', keys.readOnly!, { method: 'POST', body: {}, idem: 'x' }),
    );
    expect(scopeless.status).toBe(403);
  });
});

describe('storefront status reports', () => {
  it('shows "live" with the link on the seller’s listing, keeps live-since, and notifies the seller', async () => {
    const path = `/api/v1/partner/listings/${a.live.id}/status`;
    const live = {
      status: 'live',
      storefrontItemId: 'TM-88231',
      storefrontUrl: 'https://detail.tmall.hk/item.htm?id=88231',
    };
    const res = await reportStatus(
      req(path, keys.tmall!, { method: 'POST', body: live, idem: 'st-1' }),
      params({ id: a.live.id }),
    );
    expect(res.status).toBe(200);
    const first = (await res.json()) as { liveSince: string };
    const again = await reportStatus(
      req(path, keys.tmall!, { method: 'POST', body: { ...live, storefrontItemId: 'TM-88232' }, idem: 'st-2' }),
      params({ id: a.live.id }),
    );
    expect(((await again.json()) as { liveSince: string }).liveSince).toBe(first.liveSince);
    const shown = await listStorefrontStatuses(await a.owner(), a.live.id);
    expect(shown).toEqual([
      expect.objectContaining({
        organisationName: 'Tmall Global',
        status: 'live',
        storefrontItemId: 'TM-88232',
        storefrontUrl: live.storefrontUrl,
      }),
    ]);
    // Another business sees nothing of it.
    expect(await listStorefrontStatuses(await b.owner(), a.live.id)).toEqual([]);
    const notes = await conn().db.select().from(notifications).where(eq(notifications.userId, a.ownerId));
    expect(notes.some((n) => n.title.includes('Live on Tmall Global'))).toBe(true);
    const events = await conn().db.select().from(listingEvents).where(eq(listingEvents.listingId, a.live.id));
    expect(events.filter((e) => e.action === 'storefront_status')).toHaveLength(2);
  });

  it('requires the item and an https URL when live, a reason when rejected; a listing never approved is not found', async () => {
    const path = `/api/v1/partner/listings/${a.live.id}/status`;
    const res = await reportStatus(
      req(path, keys.tmall!, {
        method: 'POST',
        body: { status: 'live', storefrontUrl: 'http://x.example' },
        idem: 'st-3',
      }),
      params({ id: a.live.id }),
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: object }).errors).toEqual({
      storefrontUrl: 'storefrontUrl must be an https:// address.',
      storefrontItemId: 'storefrontItemId is required when live.',
    });
    const rejected = await reportStatus(
      req(path, keys.tmall!, { method: 'POST', body: { status: 'rejected' }, idem: 'st-4' }),
      params({ id: a.live.id }),
    );
    expect(((await rejected.json()) as { errors: object }).errors).toEqual({
      reason: 'reason is required when rejected.',
    });
    const draft = await reportStatus(
      req(`/api/v1/partner/listings/${a.draft.id}/status`, keys.tmall!, {
        method: 'POST',
        body: { status: 'received' },
        idem: 'st-5',
      }),
      params({ id: a.draft.id }),
    );
    expect(draft.status).toBe(404);
  });
});

describe('purchase orders', () => {
  let orderId: string;

  it('needs an Idempotency-Key, replays the first answer for the same body and refuses another body (422)', async () => {
    const body = po([{ listingId: a.live.id, quantity: 10 }]);
    const path = '/api/v1/partner/purchase-orders';
    expect((await sendOrder(req(path, keys.pacific!, { method: 'POST', body }))).status).toBe(400);
    const first = await sendOrder(req(path, keys.pacific!, { method: 'POST', body, idem: 'po-1' }));
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string; status: string; lines: unknown[]; value: { usd: string } };
    expect(created).toMatchObject({ status: 'submitted', value: { usd: '890.00' } });
    expect(created.lines).toHaveLength(1);
    orderId = created.id;
    const replay = await sendOrder(req(path, keys.pacific!, { method: 'POST', body, idem: 'po-1' }));
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as { id: string }).id).toBe(orderId);
    expect(await listPurchaseOrders(await a.owner())).toHaveLength(1);
    const other = await sendOrder(
      req(path, keys.pacific!, { method: 'POST', body: po([{ listingId: a.live.id, quantity: 11 }]), idem: 'po-1' }),
    );
    expect(other.status).toBe(422);
    expect(Object.keys(((await other.json()) as { errors: object }).errors)).toEqual(['Idempotency-Key']);
    // Keys are per API key: another partner may use the same string.
    const theirs = await sendOrder(req(path, keys.tmall!, { method: 'POST', body, idem: 'po-1' }));
    expect(theirs.status).toBe(201);
    expect(((await theirs.json()) as { id: string }).id).not.toBe(orderId);
  });

  it('names each line at fault: not live, under the minimum, over stock, two sellers, a sea-only Incoterm by air', async () => {
    const path = '/api/v1/partner/purchase-orders';
    const send = async (body: unknown, idem: string) => {
      const res = await sendOrder(req(path, keys.pacific!, { method: 'POST', body, idem }));
      expect(res.status).toBe(422);
      return ((await res.json()) as { errors: Record<string, string> }).errors;
    };
    expect(
      await send(
        po([
          { listingId: a.draft.id, quantity: 5 },
          { listingId: a.other.id, quantity: 1 },
          { listingId: a.live.id, quantity: 41 },
        ]),
        'bad-1',
      ),
    ).toEqual({
      'lines.0.listingId': 'This listing is not live in the catalogue.',
      'lines.1.quantity': "The seller's minimum order is 2.",
      'lines.2.quantity': 'Only 40 in stock.',
    });
    expect(
      await send(
        po([
          { listingId: a.live.id, quantity: 2 },
          { listingId: b.live.id, quantity: 2 },
        ]),
        'bad-2',
      ),
    ).toEqual({ lines: 'All lines must be listings of one seller; send one order per seller.' });
    const errors = await send(
      po([{ listingId: a.live.id, quantity: 2 }], { mode: 'air', requestedDate: '2001-01-01' }),
      'bad-3',
    );
    expect(Object.keys(errors).sort()).toEqual(['incoterm', 'requestedDate']);
    // A date that does not exist is refused here, not by the database.
    expect(await send(po([{ listingId: a.live.id, quantity: 2 }], { requestedDate: '2099-02-30' }), 'bad-4')).toEqual({
      requestedDate: 'requestedDate must be a real date.',
    });
  });

  it('another partner, another business and anonymous callers cannot see or decide the order', async () => {
    const theirs = await readOrder(
      req(`/api/v1/partner/purchase-orders/${orderId}`, keys.tmall!),
      params({ id: orderId }),
    );
    expect(theirs.status).toBe(404);
    const anon = await readOrder(req(`/api/v1/partner/purchase-orders/${orderId}`, null), params({ id: orderId }));
    expect(anon.status).toBe(401);
    await expect(acceptPurchaseOrder(await b.owner(), orderId)).rejects.toThrow(NotFoundError);
    await expect(declinePurchaseOrder(await b.owner(), orderId, 'no')).rejects.toThrow(NotFoundError);
  });

  it('accepting creates a shipment draft with the lines, buyer and channel, reserves stock, and shows milestones', async () => {
    const owner = await a.owner();
    const { shipment } = await acceptPurchaseOrder(owner, orderId);
    const s = await getShipment(owner, shipment.id);
    expect(s.shipment).toMatchObject({
      buyerName: 'Pacific Importers',
      channel: 'general_trade',
      incoterm: 'FOB',
      mode: 'sea',
      status: 'draft',
    });
    expect(s.lines.map((l) => [l.listingId, l.quantity])).toEqual([[a.live.id, 10]]);
    const [l] = await conn().db.select().from(listings).where(eq(listings.id, a.live.id));
    expect(l!.stock).toBe(30);
    await expect(acceptPurchaseOrder(owner, orderId)).rejects.toThrow(ConflictError);
    await expect(declinePurchaseOrder(owner, orderId, 'late')).rejects.toThrow(ConflictError);

    await recordShipmentMilestone(owner, shipment.id, {
      target: 'documents_in_progress',
      occurredAt: new Date().toISOString(),
      visibility: 'seller',
    });
    const res = await readOrder(
      req(`/api/v1/partner/purchase-orders/${orderId}`, keys.pacific!),
      params({ id: orderId }),
    );
    const body = (await res.json()) as {
      status: string;
      shipment: { status: string; milestones: { status: string }[] };
    };
    expect(body.status).toBe('accepted');
    expect(body.shipment.status).toBe('documents_in_progress');
    expect(body.shipment.milestones.map((m) => m.status)).toEqual(['documents_in_progress']);
  });

  it('declining keeps the reason for the partner and reserves nothing', async () => {
    const res = await sendOrder(
      req('/api/v1/partner/purchase-orders', keys.pacific!, {
        method: 'POST',
        body: po([{ listingId: a.other.id, quantity: 4 }]),
        idem: 'po-2',
      }),
    );
    const { id } = (await res.json()) as { id: string };
    await declinePurchaseOrder(await a.owner(), id, 'Sold out for the season.');
    const read = await readOrder(req(`/api/v1/partner/purchase-orders/${id}`, keys.pacific!), params({ id }));
    expect(await read.json()).toMatchObject({
      status: 'declined',
      declineReason: 'Sold out for the season.',
      shipment: null,
    });
    const [l] = await conn().db.select().from(listings).where(eq(listings.id, a.other.id));
    expect(l!.stock).toBe(40);
  });
});
