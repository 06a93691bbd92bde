import { CBEC_LIMITS, CHANNELS, type CbecLimitPeriod } from '@/lib/rules';
import type { ChannelCode, Party } from '@/lib/domain/export-rules';

export function channelLabel(code: ChannelCode): string {
  return CHANNELS.find((c) => c.code === code)?.label ?? code;
}

export function channelDescription(code: ChannelCode): string {
  return CHANNELS.find((c) => c.code === code)?.description ?? '';
}

const PARTY: Record<Party, string> = {
  seller: 'you (the seller)',
  importer: 'your importer in China',
  platform: 'the e-commerce platform',
  carrier: 'the carrier',
};

export function partyLabel(party: Party): string {
  return PARTY[party];
}

/** "0.1789" → "17.89%", by moving the decimal point in the string (no floating point). */
export function ratePercent(rate: string): string {
  const [int = '0', frac = ''] = rate.split('.');
  const digits = `${int}${frac.padEnd(4, '0')}`.replace(/^0+(?=\d{3})/, '');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}%`;
}

/** "12345.60" → "12,345.60". */
export function cny(amount: string): string {
  const [int = '0', frac] = amount.split('.');
  return `CNY ${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

export function cbecLimitsAt(date: string): CbecLimitPeriod | undefined {
  return CBEC_LIMITS.find((p) => p.effectiveFrom <= date && (!p.effectiveTo || date <= p.effectiveTo));
}
