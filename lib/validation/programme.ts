import { z } from 'zod';
import { isUsStateCode, type UsStateCode } from '@/lib/domain/export-rules';
import { CATEGORY_CODES, CHANNEL_CODES, type CategoryCode, type ChannelCode } from '@/lib/rules';
import { addDays, mondayOf } from '@/lib/domain/programme';

/** The map's choice: businesses approved now, or those of the date range's cohort that reached a funnel step. */
export const MAP_STEPS = [
  { value: 'approved_now', label: 'Approved now' },
  { value: 'started', label: 'Application started (cohort)' },
  { value: 'submitted', label: 'Application submitted (cohort)' },
  { value: 'approved', label: 'Approved (cohort)' },
  { value: 'listing', label: 'First listing live (cohort)' },
  { value: 'delivered', label: 'First shipment delivered (cohort)' },
] as const;
export type MapStep = (typeof MAP_STEPS)[number]['value'];

/** The longest date range the dashboard reads (its queries read one rollup row per day and figure). */
export const MAX_RANGE_DAYS = 731;
/** The range shown when none is chosen: the last 26 weeks, from a Monday. */
export const DEFAULT_WEEKS = 26;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (v: string) => ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine(
      (v) => v === undefined || (isRealDate(v) && v >= '2000-01-01' && v <= '2100-12-31'),
      `${label} must be a date such as 2026-06-01.`,
    );

const emptyToUndefined = (v: string | undefined) => v || undefined;

/**
 * The programme view's filters, from the query string. `today` (UTC, YYYY-MM-DD) fills the default range.
 * Every refusal names the field and the rule; the page shows them and falls back to the defaults.
 */
export function programmeFilterSchema(today: string) {
  return z
    .object({
      from: optionalDate('From'),
      to: optionalDate('To'),
      state: z
        .string()
        .trim()
        .toUpperCase()
        .optional()
        .transform(emptyToUndefined)
        .refine((v) => v === undefined || isUsStateCode(v), 'State must be a US state code such as WI.')
        .transform((v) => v as UsStateCode | undefined),
      category: z
        .enum(['', ...CATEGORY_CODES] as ['', ...CategoryCode[]], 'Category must come from the list.')
        .optional()
        .transform(emptyToUndefined),
      channel: z
        .enum(['', ...CHANNEL_CODES] as ['', ...ChannelCode[]], 'Channel must come from the list.')
        .optional()
        .transform(emptyToUndefined),
      step: z
        .enum(MAP_STEPS.map((s) => s.value) as [MapStep, ...MapStep[]], 'Map shows must be one of the listed steps.')
        .optional()
        .default('approved_now'),
    })
    .transform((f) => {
      const to = f.to ?? today;
      const from = f.from ?? mondayOf(addDays(to, -7 * (DEFAULT_WEEKS - 1)));
      return { ...f, from, to };
    })
    .superRefine((f, ctx) => {
      if (f.from > f.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'From must be on or before To.' });
      else if (daysBetween(f.from, f.to) + 1 > MAX_RANGE_DAYS)
        ctx.addIssue({
          code: 'custom',
          path: ['from'],
          message: `The date range must be at most ${MAX_RANGE_DAYS} days (two years).`,
        });
    });
}

export type ProgrammeFilter = z.output<ReturnType<typeof programmeFilterSchema>>;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today in UTC, the day the rollups count in. */
export const utcToday = (now = new Date()) => now.toISOString().slice(0, 10);
