import { getLatestExchangeRate } from '@/db/queries/exchange-rates';
import { listPartnerCatalogue } from '@/db/queries/partner-api';
import { route } from '@/lib/auth/route';
import { apiErrors } from '@/lib/api/http';
import { feedItem } from '@/lib/api/feed-item';
import { PARTNER_API } from '@/lib/api/partner';
import { env } from '@/lib/env';
import { getRules } from '@/lib/rules-cache';
import { parseFeedParams } from '../../feed/params';

// The public feed's items plus what a storefront needs to decide and to sync: stock (in the feed too)
// and the seller's export readiness per channel. Incremental sync: ?since= or the nextCursor, ordered
// by (updated_at, id) like the feed; listings that left the catalogue come back as tombstones.
export const GET = route({ access: 'partner', scope: 'catalogue:read', ...PARTNER_API }, async ({ request, actor }) => {
  const parsed = parseFeedParams(new URL(request.url).searchParams);
  if (!parsed.ok) return apiErrors(400, parsed.errors);
  const [page, rate, rules] = await Promise.all([
    listPartnerCatalogue(actor, parsed.params),
    getLatestExchangeRate(),
    getRules(),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const base = env().APP_URL.replace(/\/$/, '');
  return Response.json({
    items: page.rows.map((r) => {
      const item = feedItem(r, base, rate?.usdCnyMicro ?? null, rules, today);
      return item.live ? { ...item, readiness: page.readiness.get(r.id) ?? [] } : item;
    }),
    nextCursor: page.nextCursor,
    rulesVersion: rules.version,
  });
});
