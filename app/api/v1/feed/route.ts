import { getLatestExchangeRate } from '@/db/queries/exchange-rates';
import { listFeed } from '@/db/queries/feed';
import { route } from '@/lib/auth/route';
import { apiErrors, etagMatches, PUBLIC_API, weakEtag } from '@/lib/api/http';
import { feedItem } from '@/lib/api/feed-item';
import { env } from '@/lib/env';
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
  return Response.json(
    {
      items: page.rows.map((r) => feedItem(r, base, rate?.usdCnyMicro ?? null, rules, today)),
      nextCursor: page.nextCursor,
      exchangeRate: rate ? { usdCny: rateText(rate.usdCnyMicro), effectiveOn: rate.effectiveOn } : null,
      rulesVersion: rules.version,
    },
    { headers },
  );
});
