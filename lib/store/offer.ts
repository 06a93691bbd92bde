import type { ChannelCode, ChannelResult, ExportRules } from '@/lib/domain/export-rules';
import { usdCentsToFen } from '@/lib/domain/pricing';

export interface Offer {
  /** CNY price in integer fen, from the USD price and the latest admin-maintained rate; null without a rate. */
  priceFen: number | null;
  /** The seller's chosen channels, each with the rules engine's answer at this price (tax only when eligible). */
  channels: ChannelResult[];
  /** Chosen AND eligible: what the storefront and the feed offer. */
  eligible: ChannelCode[];
}

/**
 * What a shopper or an integration is offered for one listing: the rules engine decides eligibility
 * per channel (market access, positive list, the RMB 5,000 per-order CBEC limit at this price) and the
 * consumer's tax. Pure, so the product page and the feed give the same answer.
 */
export function offerFor(
  l: { hs6: string; originState: string; channels: readonly ChannelCode[] },
  priceUsdCents: number,
  rateMicro: number | null,
  rules: ExportRules,
  date?: string,
): Offer {
  const priceFen = rateMicro ? usdCentsToFen(priceUsdCents, rateMicro) : null;
  let results: ChannelResult[] = [];
  try {
    const check = rules.checkExport({
      hs: l.hs6,
      state: l.originState,
      priceCny: priceFen === null ? undefined : priceFen / 100,
      date,
    });
    results = check.results.filter((r) => l.channels.includes(r.channel));
  } catch {
    // An unknown state or HS code in old data: offer nothing rather than fail the page.
    results = [];
  }
  return { priceFen, channels: results, eligible: results.filter((r) => r.eligible).map((r) => r.channel) };
}
