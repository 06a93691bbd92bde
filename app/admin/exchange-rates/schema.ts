import { z } from 'zod';
import { parseRate } from '@/lib/domain/pricing';

/** Today in Beijing: the PBOC publishes the day's central parity at 9:15 China time, a US evening. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const exchangeRateInputSchema = z.object({
  rate: z
    .string()
    .trim()
    .min(1, 'Rate is required: yuan per US dollar, e.g. 7.1234.')
    .refine((v) => /^\d+(\.\d+)?$/.test(v), 'Rate must be a number such as 7.1234 (digits and one decimal point).')
    .refine((v) => !/\.\d{7,}$/.test(v), 'Rate may have at most 6 decimals.')
    .refine((v) => parseRate(v) !== null, 'Rate must be positive and below 1000.')
    .transform((v) => parseRate(v)!),
  effectiveOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Effective date is required, as YYYY-MM-DD.')
    .refine(isRealDate, 'Effective date must be a real calendar date.')
    .refine((d) => d <= todayInChina(), 'Effective date cannot be in the future.'),
  source: z
    .string()
    .trim()
    .min(1, 'Source is required: say where the rate comes from (e.g. PBOC central parity).')
    .max(300, 'Source must be at most 300 characters.'),
});

export type ExchangeRateInput = z.infer<typeof exchangeRateInputSchema>;
