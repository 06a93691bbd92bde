import { getLatestExchangeRate } from '@/db/queries/exchange-rates';
import { listFeed, type FeedRow } from '@/db/queries/feed';
import { route } from '@/lib/auth/route';
import { apiErrors, etagMatches, PUBLIC_API, weakEtag } from '@/lib/api/http';
import { formatCents, formatFen } from '@/lib/domain/pricing';
import { US_STATES } from '@/lib/domain/export-rules';
import { env } from '@/lib/env';
import { offerFor } from '@/lib/store';
import { getRules } from '@/lib/rules-cache';
import { parseFeedParams } from './params';

// Integrators poll with If-None-Match: every response is revalidated (max-age=0), and an unchanged page
// costs two indexed queries and a 304 without a body. No data cache here: a delisting must show at once.
const FEED_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

const rateText = (micro: number) => `${Math.floor(micro / 1_000_000)}.${String(micro % 1_000_000).padStart(6, '0')}`;

export const GET = route({ access: 'public', ...PUBLIC_API }, async ({ request }) => {
  const parsed = parseFeedParams(new URL(request.url).searchParams);
  if (!parsed.ok) return apiErrors(400, parsed.errors);
  const { limit, since, cursor } = parsed.params;
  const [page, rate, rules] = await Promise.all([
    listFeed({ limit, since, cursor }),
    getLatestExchangeRate(),
    getRules(),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  // Same page content under the same rate, rules and day (eligibility is dated) → same ETag.
  const etag = weakEtag(
    rules.version,
    [
      limit,
      since ?? '',
      cursor ?? '',
      rate?.id ?? '',
      today,
      page.nextCursor ?? '',
      ...page.rows.map((r) => `${r.id}@${r.updatedAt}:${r.live ? 1 : 0}`),
    ].join('|'),
  );
  const headers = { 'Cache-Control': FEED_CACHE_CONTROL, ETag: etag, Vary: 'Accept-Encoding' };
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  const base = env().APP_URL.replace(/\/$/, '');
  const item = (r: FeedRow) => {
    if (!r.live) return { id: r.id, live: false as const, updatedAt: r.updatedAt };
    const p = r.published;
    const offer = offerFor(p, r.priceUsdCents, rate?.usdCnyMicro ?? null, rules, today);
    const state = (US_STATES as Record<string, { en: string; zh: string } | undefined>)[p.originState];
    return {
      id: r.id,
      live: true as const,
      slug: r.slug,
      url: `${base}/store/products/${r.slug}`,
      updatedAt: r.updatedAt,
      title: { zh: p.titleZh, en: p.titleEn },
      description: { zh: p.descriptionZh, en: p.descriptionEn },
      category: p.category,
      hsCode: p.hs6,
      origin: {
        country: 'US',
        state: p.originState,
        name: { en: state?.en ?? p.originState, zh: state?.zh ?? p.originState },
      },
      price: {
        usd: formatCents(r.priceUsdCents).replace(/,/g, ''),
        cny: offer.priceFen === null ? null : formatFen(offer.priceFen),
      },
      unit: p.unit,
      packSize: p.packSize,
      minOrder: p.minOrder,
      weightKg: p.weightKg,
      stock: r.stock,
      channels: offer.eligible,
      images: p.photoIds.map((id) => ({
        url: `${base}/api/photos/${id}`,
        thumbnailUrl: `${base}/api/photos/${id}?size=thumb`,
      })),
      seller: { slug: r.sellerSlug, name: r.sellerName, url: `${base}/store/sellers/${r.sellerSlug}` },
    };
  };
  return Response.json(
    {
      items: page.rows.map(item),
      nextCursor: page.nextCursor,
      exchangeRate: rate ? { usdCny: rateText(rate.usdCnyMicro), effectiveOn: rate.effectiveOn } : null,
      rulesVersion: rules.version,
    },
    { headers },
  );
});
