import type { FeedRow } from '@/db/queries/feed';
import type { ExportRules } from '@/lib/domain/export-rules';
import { formatCents, formatFen } from '@/lib/domain/pricing';
import { US_STATES } from '@/lib/domain/export-rules';
import { offerFor } from '@/lib/store';

/** One listing as the public feed (and, with more, the partner catalogue) shows it; a tombstone when not live. */
export function feedItem(r: FeedRow, base: string, rateMicro: number | null, rules: ExportRules, today: string) {
  if (!r.live) return { id: r.id, live: false as const, updatedAt: r.updatedAt };
  const p = r.published;
  const offer = offerFor(p, r.priceUsdCents, rateMicro, rules, today);
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
}
