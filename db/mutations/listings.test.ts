import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { actorOf } from '@/test/actors';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { getStoreProduct } from '@/lib/store/reads';
import { lastExpiry } from '@/lib/store/state';
import { listingInputSchema, type ListingInput } from '@/lib/validation/listing';
import { withTestDatabase } from '@/test/db';
import { getListingForStaff, getMyListing, listListingQueue } from '../queries/listings';
import { applications, businessMembers, businesses, listingEvents, listings, users } from '../schema';
import { decideApplication } from './applications';
import { setExchangeRate } from './exchange-rates';
import {
  bulkApproveListings,
  createListing,
  decideListing,
  submitListing,
  updateListing,
  updatePriceAndStock,
} from './listings';

const { conn } = withTestDatabase();

const wine = (over: Partial<Record<string, unknown>> = {}): ListingInput =>
  listingInputSchema('wine').parse({
    category: 'wine',
    hs: '220421',
    titleEn: 'Door Peninsula Riesling 2022',
    titleZh: '门半岛雷司令 2022',
    descriptionEn: 'Crisp, off-dry Riesling.',
    descriptionZh: '清爽微甜的雷司令。',
    priceUsd: '24.00',
    unit: 'case',
    packSize: '12 x 750 ml',
    minOrder: '10',
    stock: '200',
    weightKg: '16',
    originState: 'WI',
    channels: ['cbec_bonded'],
    attributes: {
      varietal: 'Riesling',
      vintage: '2022',
      abv: '11.5',
      volumeMl: '750',
      ttbPermit: 'BW-WI-1',
      gaccNumber: 'CUSA1',
    },
    ...over,
  });

async function seller(email: string, status: 'approved' | 'submitted'): Promise<Actor> {
  const db = conn().db;
  const [u] = await db
    .insert(users)
    .values({ email, name: email, passwordHash: 'x', emailVerifiedAt: new Date() })
    .returning();
  const [b] = await db
    .insert(businesses)
    .values({ slug: email.replace(/\W/g, '-'), legalName: `${email} LLC`, state: 'WI' })
    .returning();
  await db.insert(businessMembers).values({ businessId: b!.id, userId: u!.id, role: 'owner' });
  await db.insert(applications).values({ businessId: b!.id, ownerEmail: email, status, state: 'WI' });
  return actorOf(u!.id);
}

let a: Actor;
let b: Actor;
let pending: Actor;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  a = await seller('a@cellars.example', 'approved');
  b = await seller('b@cellars.example', 'approved');
  pending = await seller('p@cellars.example', 'submitted');
  const [r] = await conn()
    .db.insert(users)
    .values({ email: 'r@hg.example', name: 'R', passwordHash: 'x', role: 'reviewer' })
    .returning();
  reviewer = await actorOf(r!.id);
  const [ad] = await conn()
    .db.insert(users)
    .values({ email: 'ad@hg.example', name: 'A', passwordHash: 'x', role: 'admin' })
    .returning();
  admin = await actorOf(ad!.id);
});

const row = async (id: string) => (await conn().db.select().from(listings).where(eq(listings.id, id)))[0]!;

describe('listing lifecycle', () => {
  it('only an approved business can list goods', async () => {
    await expect(createListing(pending, wine())).rejects.toThrow(DomainError);
    await expect(createListing(reviewer, wine())).rejects.toThrow(NotFoundError);
  });

  it('requires Chinese text before submission', async () => {
    const { id } = await createListing(a, wine({ titleZh: '', descriptionZh: '' }));
    const r = await submitListing(a, id);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.blockers[0]).toBe('Title (Chinese) is required before a listing for a China channel can be submitted.');
    expect((await row(id)).status).toBe('draft');
  });

  it('never shows a proposed change before approval; price and stock apply at once', async () => {
    const { id } = await createListing(a, wine());
    expect(await submitListing(a, id)).toEqual({ ok: true });
    await decideListing(reviewer, id, { action: 'approve', expectedStatus: 'submitted' });
    let l = await row(id);
    expect(l.live).toBe(true);
    expect(l.pubTitleZh).toBe('门半岛雷司令 2022');

    await updateListing(a, id, wine({ titleZh: '门半岛雷司令 2023 新款', priceUsd: '26.50', stock: '150' }));
    l = await row(id);
    expect(l.published!.titleZh).toBe('门半岛雷司令 2022');
    expect(l.pubTitleZh).toBe('门半岛雷司令 2022');
    expect(l.content.titleZh).toBe('门半岛雷司令 2023 新款');
    expect(l.priceUsdCents).toBe(2650);
    expect(l.stock).toBe(150);
    expect(l.live).toBe(true);

    expect(await submitListing(a, id)).toEqual({ ok: true });
    const staff = await getListingForStaff(reviewer, id);
    expect(staff.pendingDiff.map((d) => d.field)).toEqual(['titleZh']);
    expect((await row(id)).pubTitleZh).toBe('门半岛雷司令 2022');
    // Declining the change keeps the approved version live.
    await decideListing(reviewer, id, {
      action: 'reject',
      expectedStatus: 'submitted',
      message: 'Keep the vintage in the title accurate.',
    });
    l = await row(id);
    expect(l.status).toBe('approved');
    expect(l.live).toBe(true);
    expect(l.content.titleZh).toBe('门半岛雷司令 2022');
    const actions = (await conn().db.select().from(listingEvents).where(eq(listingEvents.listingId, id))).map(
      (e) => e.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['submit', 'approve', 'price_stock_updated', 'change_proposed', 'change_declined']),
    );
  });

  it('dates a listing by its first approval; an approved change moves published_at only', async () => {
    const { id } = await createListing(a, wine());
    await submitListing(a, id);
    await decideListing(reviewer, id, { action: 'approve', expectedStatus: 'submitted' });
    const first = await row(id);
    expect(first.firstPublishedAt).toEqual(first.publishedAt);
    await updateListing(a, id, wine({ titleZh: '门半岛雷司令 2024' }));
    await submitListing(a, id);
    await decideListing(reviewer, id, { action: 'approve', expectedStatus: 'submitted' });
    const again = await row(id);
    expect(again.firstPublishedAt).toEqual(first.firstPublishedAt);
    expect(again.publishedAt!.getTime()).toBeGreaterThanOrEqual(first.publishedAt!.getTime());
  });

  it('takes a suspended seller off the storefront and puts it back on reinstatement', async () => {
    const { id } = await createListing(b, wine());
    await submitListing(b, id);
    await decideListing(reviewer, id, { action: 'approve', expectedStatus: 'submitted' });
    const [app] = await conn().db.select().from(applications).where(eq(applications.businessId, b.businessId!));
    await decideApplication(admin, app!.id, {
      action: 'suspend',
      expectedStatus: 'approved',
      message: 'Lapsed permit',
    });
    expect((await row(id)).live).toBe(false);
    await decideApplication(admin, app!.id, { action: 'reinstate', expectedStatus: 'suspended' });
    expect((await row(id)).live).toBe(true);
  });
});

describe('listing authorization matrix', () => {
  it('lets only the owner read and change its listing; others get NotFound and nothing changes', async () => {
    const { id } = await createListing(a, wine({ titleEn: 'Private Riesling' }));
    expect((await getMyListing(a, id)).listing.id).toBe(id);
    await expect(getMyListing(b, id)).rejects.toThrow(NotFoundError);
    await expect(getMyListing(reviewer, id)).rejects.toThrow(NotFoundError);
    await expect(updateListing(b, id, wine({ titleEn: 'Hijacked' }))).rejects.toThrow(NotFoundError);
    await expect(updatePriceAndStock(b, id, { priceUsdCents: 1, stock: 0 })).rejects.toThrow(NotFoundError);
    await expect(submitListing(b, id)).rejects.toThrow(NotFoundError);
    const l = await row(id);
    expect(l.content.titleEn).toBe('Private Riesling');
    expect(l.priceUsdCents).toBe(2400);
  });

  it('keeps review decisions to staff', async () => {
    const { id } = await createListing(a, wine({ titleEn: 'Review me' }));
    await submitListing(a, id);
    await expect(decideListing(a, id, { action: 'approve', expectedStatus: 'submitted' })).rejects.toThrow(
      NotFoundError,
    );
    await expect(bulkApproveListings(b, [id])).rejects.toThrow(NotFoundError);
    await expect(getListingForStaff(a, id)).rejects.toThrow(NotFoundError);
    await expect(listListingQueue(a, { status: 'submitted' })).rejects.toThrow(NotFoundError);
    expect((await row(id)).status).toBe('submitted');
  });

  it('lets exactly one of two reviewers decide', async () => {
    const { id } = await createListing(a, wine({ titleEn: 'Race' }));
    await submitListing(a, id);
    const r = await Promise.allSettled([
      decideListing(reviewer, id, { action: 'approve', expectedStatus: 'submitted' }),
      decideListing(admin, id, { action: 'reject', expectedStatus: 'submitted', message: 'no' }),
    ]);
    expect(r.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect((r.find((x) => x.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
  });

  it('bulk approve skips listings whose business is not approved', async () => {
    const ok = await createListing(a, wine({ titleEn: 'Bulk one' }));
    await submitListing(a, ok.id);
    const { id: other } = await createListing(b, wine({ titleEn: 'Bulk two' }));
    await submitListing(b, other);
    await conn().db.update(applications).set({ status: 'suspended' }).where(eq(applications.businessId, b.businessId!));
    const r = await bulkApproveListings(reviewer, [ok.id, other]);
    expect(r.approved).toEqual([ok.id]);
    expect(r.skipped).toEqual([{ id: other, reason: 'The business is not approved.' }]);
    expect((await row(other)).status).toBe('submitted');
  });
});

describe('storefront announcements', () => {
  // The data layer expires what the storefront keeps once a change is committed, so no caller has to.
  const expiredAfter = async (tag: string, change: () => Promise<unknown>) => {
    const before = lastExpiry(tag);
    await change().catch(() => {});
    return lastExpiry(tag) > before;
  };

  it('expire a listing when it goes live or its price and stock change, and not for changes a shopper cannot see', async () => {
    const { id } = await createListing(a, wine({ titleEn: 'Announced' }));
    const tag = `listing:${id}`;
    expect(await expiredAfter(tag, () => submitListing(a, id))).toBe(false);
    expect(
      await expiredAfter(tag, () => decideListing(reviewer, id, { action: 'approve', expectedStatus: 'submitted' })),
    ).toBe(true);
    const { slug } = await row(id);
    expect((await getStoreProduct(slug))?.priceUsdCents).toBe(2400);
    expect(await expiredAfter(tag, () => updatePriceAndStock(a, id, { priceUsdCents: 2500, stock: 9 }))).toBe(true);
    expect((await getStoreProduct(slug))?.priceUsdCents).toBe(2500);
    // Refused (another business's listing): nothing committed, nothing announced.
    expect(await expiredAfter(tag, () => updatePriceAndStock(b, id, { priceUsdCents: 1, stock: 1 }))).toBe(false);
    expect((await getStoreProduct(slug))?.priceUsdCents).toBe(2500);
  });

  it('expire the whole storefront for a new exchange rate and a seller suspended or reinstated', async () => {
    expect(
      await expiredAfter('store', () =>
        setExchangeRate(admin, { usdCnyMicro: 7_200_000, effectiveOn: '2026-01-02', source: 'test' }),
      ),
    ).toBe(true);
    const c = await seller('c@cellars.example', 'approved');
    const [app] = await conn().db.select().from(applications).where(eq(applications.businessId, c.businessId!));
    expect(
      await expiredAfter('store', () =>
        decideApplication(admin, app!.id, { action: 'suspend', expectedStatus: 'approved', message: 'Lapsed' }),
      ),
    ).toBe(true);
    expect(
      await expiredAfter('store', () =>
        decideApplication(admin, app!.id, { action: 'reinstate', expectedStatus: 'suspended' }),
      ),
    ).toBe(true);
  });
});
