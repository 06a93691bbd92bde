import { CATEGORIES, US_STATES } from '@/lib/domain/export-rules';
import { usdCentsToFen } from '@/lib/domain/pricing';

// Shared formatters: one Intl instance per locale (a new one per call halves a page's throughput).
const yuan = new Intl.NumberFormat('zh-CN', {
  style: 'currency',
  currency: 'CNY',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });

/** Integer fen → "¥1,234.50" (the division is exact for display; sums are never done in floats). */
export const formatYuan = (fen: number) => yuan.format(fen / 100);
export const formatUsd = (cents: number) => usd.format(cents / 100);

/** 7123400 → "7.1234"; keeps up to 6 decimals when the rate has them, at least 4. */
export function formatRateMicro(micro: number): string {
  const s = `${Math.floor(micro / 1_000_000)}.${String(micro % 1_000_000).padStart(6, '0')}`;
  return s.replace(/0{1,2}$/, '');
}

export function priceFen(priceUsdCents: number, rateMicro: number | null): number | null {
  return rateMicro ? usdCentsToFen(priceUsdCents, rateMicro) : null;
}

/** "美国密歇根州" for MI. */
export function originZh(state: string): string {
  const s = (US_STATES as Record<string, { zh: string } | undefined>)[state];
  return s ? `美国${s.zh}` : '美国';
}

const CATEGORY_ZH = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.labelZh]));
export const categoryZh = (code: string) => CATEGORY_ZH.get(code) ?? code;

export const CHANNEL_ZH: Record<string, string> = {
  general_trade: '一般贸易（进口商清关）',
  cbec_bonded: '跨境电商保税进口（1210）',
  cbec_direct: '跨境电商直邮进口（9610）',
};

const UNIT_ZH: Record<string, string> = {
  case: '箱',
  carton: '纸箱',
  bottle: '瓶',
  kg: '千克',
  piece: '件',
  pack: '包',
};
export const unitZh = (unit: string) => UNIT_ZH[unit] ?? unit;
