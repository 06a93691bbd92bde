import { z } from 'zod';
import { CATEGORIES, CHANNELS, US_STATES, isUsStateCode } from '@/lib/domain/export-rules';
import { zipStateMismatch } from '@/lib/domain/zip-state';
import { einError, isValidZip, normalizeEin, normalizeUsPhone, yearFoundedError } from './identifiers';

export const ENTITY_TYPES = [
  { value: 'sole_proprietorship', label: 'Sole proprietorship' },
  { value: 'llc', label: 'Limited liability company (LLC)' },
  { value: 'corporation', label: 'Corporation' },
  { value: 'partnership', label: 'Partnership' },
  { value: 'cooperative', label: 'Cooperative' },
] as const;

export const REVENUE_BANDS = [
  { value: 'under_250k', label: 'Under $250,000' },
  { value: '250k_1m', label: '$250,000 – $1 million' },
  { value: '1m_5m', label: '$1 million – $5 million' },
  { value: '5m_plus', label: 'Over $5 million' },
] as const;

export const STATE_OPTIONS = Object.entries(US_STATES).map(([code, s]) => ({
  value: code,
  label: `${s.en} (${code})`,
}));

const values = <T extends readonly { value: string }[]>(list: T) =>
  list.map((x) => x.value) as [T[number]['value'], ...T[number]['value'][]];

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : null));

const stateCode = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .toUpperCase()
    .refine((s) => s.length > 0, `${label} is required.`)
    .refine((s) => s.length === 0 || isUsStateCode(s), `${label} must be a US state code such as MI.`);

const intIn = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .regex(/^\d+$/, `${label} must be a whole number.`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${label} must be between ${min} and ${max}.`);

export const businessStepSchema = z
  .object({
    legalName: text('Legal name', 200),
    dba: optionalText('Doing business as', 200),
    ein: z
      .string({ error: 'EIN is required.' })
      .trim()
      .min(1, 'EIN is required.')
      .superRefine((v, ctx) => {
        const e = einError(v);
        if (e) ctx.addIssue({ code: 'custom', message: `${e}.` });
      })
      .transform((v) => normalizeEin(v)!),
    entityType: z.enum(values(ENTITY_TYPES), 'Entity type must be one of the listed types.'),
    formationState: stateCode('State of formation'),
    yearFounded: z
      .string({ error: 'Year founded is required.' })
      .trim()
      .min(1, 'Year founded is required.')
      .regex(/^\d{4}$/, 'Year founded must be a four-digit year.')
      .transform(Number)
      .superRefine((y, ctx) => {
        const e = yearFoundedError(y);
        if (e) ctx.addIssue({ code: 'custom', message: `${e}.` });
      }),
    employees: intIn('Employees', 0, 100_000),
    revenueBand: z.enum(values(REVENUE_BANDS), 'Annual revenue must be one of the listed bands.'),
    street: text('Street address', 200),
    city: text('City', 100),
    state: stateCode('State'),
    zip: z
      .string({ error: 'ZIP code is required.' })
      .trim()
      .min(1, 'ZIP code is required.')
      .refine(isValidZip, 'ZIP code must be 5 digits or ZIP+4 (12345 or 12345-6789).'),
    phone: z
      .string({ error: 'Phone is required.' })
      .trim()
      .min(1, 'Phone is required.')
      .transform((v, ctx) => {
        const p = normalizeUsPhone(v);
        if (!p) {
          ctx.addIssue({ code: 'custom', message: 'Phone must be a US number with area code, like (616) 555-0142.' });
          return z.NEVER;
        }
        return p;
      }),
    website: z
      .string()
      .trim()
      .max(200, 'Website must be at most 200 characters.')
      .optional()
      .transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : null))
      .refine(
        (v) => v === null || /^https?:\/\/[^\s/$.?#].[^\s]*\.[a-z]{2,}(\/\S*)?$/i.test(v),
        'Website must be an address like www.example.com.',
      ),
  })
  // 90210 for Eau Claire, WI is a typo in one of the two; the message names both fields.
  .superRefine((v, ctx) => {
    const mismatch = zipStateMismatch(v.zip, v.state);
    if (mismatch) ctx.addIssue({ code: 'custom', path: ['zip'], message: mismatch });
  });
export type BusinessStepInput = z.infer<typeof businessStepSchema>;

const CATEGORY_CODES = CATEGORIES.map((c) => c.code) as [string, ...string[]];
const CHANNEL_CODES = CHANNELS.map((c) => c.code) as [string, ...string[]];

export const productsStepSchema = z
  .object({
    categories: z
      .array(z.enum(CATEGORY_CODES, 'Product categories must come from the list.'))
      .min(1, 'Product categories: choose at least one.')
      .transform((a) => [...new Set(a)]),
    channels: z
      .array(z.enum(CHANNEL_CODES, 'Sales channels must come from the list.'))
      .min(1, 'Sales channels: choose at least one.')
      .transform((a) => [...new Set(a)]),
    // Asked because children's clothing needs GB 31701 (babies and children up to 14).
    childrensWear: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      z.enum(['yes', 'no'], 'Children’s wear: answer yes or no.').optional(),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.categories.includes('apparel') && v.childrensWear === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['childrensWear'],
        message:
          'Children’s wear: you chose apparel, so say whether you sell clothing for babies or children up to 14.',
      });
  })
  .transform(({ childrensWear, ...v }) => ({
    ...v,
    childrensWear: v.categories.includes('apparel') ? childrensWear === 'yes' : null,
  }));

export const registrationEntrySchema = z.object({
  number: text('Number', 100),
  issuer: text('Issuer', 200),
  expiresOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine(
      (v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))),
      'Expiry date must be a date (YYYY-MM-DD).',
    ),
});

export const reviewerReasonSchema = z
  .string({ error: 'Reason is required.' })
  .trim()
  .min(3, 'Reason must be at least 3 characters.')
  .max(2000, 'Reason must be at most 2000 characters.');

export const queueFilterSchema = z.object({
  status: z
    .enum(
      ['submitted', 'in_review', 'changes_requested', 'approved', 'rejected', 'suspended', 'open'],
      'Status must be one of the listed statuses.',
    )
    .default('open'),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isUsStateCode(v), 'State must be a US state code such as MI.'),
  midwest: z
    .enum(['1', ''])
    .optional()
    .transform((v) => v === '1'),
  category: z
    .enum(['', ...CATEGORY_CODES], 'Category must come from the list.')
    .optional()
    .transform((v) => v || undefined),
  channel: z
    .enum(['', ...CHANNEL_CODES], 'Channel must come from the list.')
    .optional()
    .transform((v) => v || undefined),
  mine: z
    .enum(['1', ''])
    .optional()
    .transform((v) => v === '1'),
  olderThanDays: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine(
      (v) => v === undefined || (/^\d{1,4}$/.test(v) && Number(v) <= 3650),
      'Waiting longer than must be a number of days (0–3650).',
    )
    .transform((v) => (v === undefined ? undefined : Number(v))),
  q: z
    .string()
    .trim()
    .max(100, 'Search must be at most 100 characters.')
    .optional()
    .transform((v) => v || undefined),
  cursor: z.string().max(300).optional(),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** The registrations step's fields, reg.<code>.number / .issuer / .expiresOn (each entry is checked on its own). */
export const registrationFieldsInputSchema = z
  .record(
    z
      .string()
      .regex(/^reg\.[a-z0-9_]{1,64}\.(number|issuer|expiresOn)$/, 'Registration fields must be checklist codes.'),
    z.string().max(1000, 'Each registration field must be at most 1000 characters.'),
  )
  .refine((r) => Object.keys(r).length <= 300, 'The form has too many registration fields.');

/** Step 5: the owner confirms the application, in their own words on the form; only then is it submitted. */
export const submitApplicationInputSchema = z.object({
  attest: z.literal('on', {
    error: 'Confirmation is required: tick the box to confirm the application is true and complete.',
  }),
});
