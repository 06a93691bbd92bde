import { z } from 'zod';
import { CATEGORIES, CHANNELS, isUsStateCode, normalizeHsCode } from '@/lib/domain/export-rules';
import { LISTING_TEXT_LIMITS } from '@/lib/domain/listing-limits';
import { parseUsdToCents } from '@/lib/domain/pricing';
import { hsBelongsToCategory } from './identifiers';
import { LISTING_CATEGORY_FIELDS, LISTING_UNITS, type CategoryCode, type ListingFieldDef } from '@/lib/rules';

const CATEGORY_CODES = CATEGORIES.map((c) => c.code) as [CategoryCode, ...CategoryCode[]];
const CHANNEL_CODES = CHANNELS.map((c) => c.code) as [string, ...string[]];
const UNIT_CODES = LISTING_UNITS.map((u) => u.value) as [string, ...string[]];

const text = (label: string, max: number, required = true) =>
  required
    ? z
        .string({ error: `${label} is required.` })
        .trim()
        .min(1, `${label} is required.`)
        .max(max, `${label} must be at most ${max} characters.`)
    : z.string().trim().max(max, `${label} must be at most ${max} characters.`).default('');

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .regex(/^\d+$/, `${label} must be a whole number.`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${label} must be between ${min} and ${max}.`);

const decimal = (label: string, min: number, max: number, decimals: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .regex(
      decimals ? new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`) : /^\d+$/,
      decimals
        ? `${label} must be a number with at most ${decimals} decimal${decimals === 1 ? '' : 's'}.`
        : `${label} must be a whole number.`,
    )
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${label} must be between ${min} and ${max}.`);

function attributeSchema(d: ListingFieldDef) {
  switch (d.type) {
    case 'number':
      return d.required
        ? decimal(d.label, d.min ?? 0, d.max ?? 1e9, d.decimals ?? 0)
        : decimal(d.label, d.min ?? 0, d.max ?? 1e9, d.decimals ?? 0).optional();
    case 'boolean':
      return z
        .enum(['on', 'true', 'false', ''], `${d.label} must be yes or no.`)
        .optional()
        .transform((v) => v === 'on' || v === 'true');
    case 'select': {
      const values = (d.options ?? []).map((o) => o.value) as [string, ...string[]];
      const message = `${d.label} must be one of ${values.join(', ')}.`;
      return d.required
        ? z.enum(values, message)
        : z.preprocess((v) => (v === '' ? undefined : v), z.enum(values, message).optional());
    }
    default:
      return text(d.label, 500, d.required);
  }
}

export const unknownProductMessage = (hs6: string) =>
  `HS code ${hs6} is not in our product catalogue, so its export rules cannot be checked. Check the code (the export self-check lists every product), or ask us about it.`;

/** The listing form: common fields, then the category's own fields (from the rules data). */
export function listingInputSchema(
  category: CategoryCode,
  /** The catalogue in force (the form's action checks it against the database's rules when this is omitted). */
  isKnownProduct: (hs6: string) => boolean = () => true,
) {
  const attrs = Object.fromEntries(LISTING_CATEGORY_FIELDS[category].map((d) => [d.key, attributeSchema(d)]));
  return z.object({
    category: z.enum(CATEGORY_CODES, 'Category must come from the list.'),
    hs: z
      .string({ error: 'HS code is required.' })
      .trim()
      .min(1, 'HS code is required.')
      .transform((v, ctx) => {
        const code = normalizeHsCode(v);
        if (!code) {
          ctx.addIssue({
            code: 'custom',
            message: 'HS code must have 6, 8 or 10 digits (dots allowed), like 2204.21.',
          });
          return z.NEVER;
        }
        // Checked here, not in a refinement of the whole object, so it is reported with every other error.
        if (!hsBelongsToCategory(code.hs6, category)) {
          ctx.addIssue({
            code: 'custom',
            message: `HS code ${code.hs6} does not belong to the category ${CATEGORIES.find((c) => c.code === category)?.label ?? category}.`,
          });
          return z.NEVER;
        }
        // A listing must be one the rules can answer for (or say they have not assessed): a code outside the
        // catalogue could be accepted here and then not be shippable.
        if (!isKnownProduct(code.hs6)) {
          ctx.addIssue({ code: 'custom', message: unknownProductMessage(code.hs6) });
          return z.NEVER;
        }
        return code.hs6;
      }),
    titleEn: text('Title (English)', LISTING_TEXT_LIMITS.titleEn),
    titleZh: text('Title (Chinese)', LISTING_TEXT_LIMITS.titleZh, false),
    descriptionEn: text('Description (English)', LISTING_TEXT_LIMITS.descriptionEn),
    descriptionZh: text('Description (Chinese)', LISTING_TEXT_LIMITS.descriptionZh, false),
    zhConfirmed: z.enum(['on', ''], 'Confirmation must be a checkbox.').optional(),
    priceUsd: z
      .string({ error: 'Unit price is required.' })
      .trim()
      .min(1, 'Unit price is required.')
      .transform((v, ctx) => {
        const c = parseUsdToCents(v);
        if (c === null) {
          ctx.addIssue({
            code: 'custom',
            message: 'Unit price must be a positive amount in USD with at most 2 decimals, like 24.99.',
          });
          return z.NEVER;
        }
        if (c > 10_000_000) {
          ctx.addIssue({ code: 'custom', message: 'Unit price must be at most USD 100,000.' });
          return z.NEVER;
        }
        return c;
      }),
    unit: z.enum(UNIT_CODES, 'Unit must be one of the listed units.'),
    packSize: text('Pack size', LISTING_TEXT_LIMITS.packSize),
    minOrder: wholeNumber('Minimum order', 1, 1_000_000),
    stock: wholeNumber('Stock', 0, 10_000_000),
    weightKg: decimal('Weight (kg)', 0.01, 100_000, 2),
    originState: z
      .string({ error: 'State of origin is required.' })
      .trim()
      .toUpperCase()
      .refine((s) => isUsStateCode(s), 'State of origin must be a US state code such as MI.'),
    channels: z
      .array(z.enum(CHANNEL_CODES, 'Channels must come from the list.'))
      .min(1, 'Channels: choose at least one.'),
    attributes: z.object(attrs),
  });
}

export type ListingInput = z.output<ReturnType<typeof listingInputSchema>>;

/** Reads the form's flat fields (attr.<key>, channels[]) into the schema's shape. */
export function listingFormToObject(formData: FormData) {
  const attributes: Record<string, string> = {};
  for (const [k, v] of formData.entries())
    if (k.startsWith('attr.') && typeof v === 'string') attributes[k.slice(5)] = v;
  const get = (k: string) => (typeof formData.get(k) === 'string' ? (formData.get(k) as string) : undefined);
  return {
    category: get('category'),
    hs: get('hs'),
    titleEn: get('titleEn'),
    titleZh: get('titleZh'),
    descriptionEn: get('descriptionEn'),
    descriptionZh: get('descriptionZh'),
    zhConfirmed: get('zhConfirmed'),
    priceUsd: get('priceUsd'),
    unit: get('unit'),
    packSize: get('packSize'),
    minOrder: get('minOrder'),
    stock: get('stock'),
    weightKg: get('weightKg'),
    originState: get('originState'),
    channels: formData.getAll('channels'),
    attributes,
  };
}

export const listingReviewQueueSchema = z.object({
  status: z
    .enum(
      ['submitted', 'approved', 'changes_requested', 'rejected', 'draft'],
      'Status must be one of the listed statuses.',
    )
    .default('submitted'),
  category: z
    .enum(['', ...CATEGORY_CODES], 'Category must come from the list.')
    .optional()
    .transform((v) => v || undefined),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isUsStateCode(v), 'State must be a US state code such as MI.'),
  q: z
    .string()
    .trim()
    .max(100, 'Search must be at most 100 characters.')
    .optional()
    .transform((v) => v || undefined),
  cursor: z.string().max(300).optional(),
});
export type ListingReviewQueueFilter = z.infer<typeof listingReviewQueueSchema>;

function issuesInto(ctx: z.RefinementCtx, error: z.ZodError) {
  for (const issue of error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
}

const listingIdSchema = z.uuid('Listing id must be a UUID.');

/** The listing form of any category (read with listingFormToObject): its category chooses the field rules. */
export const listingFormInputSchema = z.unknown().transform((raw, ctx) => {
  const category = (raw as { category?: unknown } | null)?.category;
  const parsed = listingInputSchema(
    CATEGORY_CODES.includes(category as CategoryCode) ? (category as CategoryCode) : 'wine',
  ).safeParse(raw);
  if (parsed.success) return parsed.data;
  issuesInto(ctx, parsed.error);
  return z.NEVER;
});

/** An edit of a listing: its id (a UUID) and the listing form. */
export const listingUpdateInputSchema = z.unknown().transform((raw, ctx) => {
  const id = listingIdSchema.safeParse((raw as { id?: unknown } | null)?.id);
  const listing = listingFormInputSchema.safeParse(raw);
  if (!id.success) ctx.addIssue({ code: 'custom', message: id.error.issues[0]!.message, path: ['id'] });
  if (!listing.success) issuesInto(ctx, listing.error);
  if (!id.success || !listing.success) return z.NEVER;
  return { id: id.data, listing: listing.data };
});

export const listingIdInputSchema = z.object({ id: listingIdSchema });

/** The quick price-and-stock form of a live listing. */
export const priceStockInputSchema = z.object({
  id: listingIdSchema,
  priceUsd: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const c = parseUsdToCents(v);
      if (c === null) {
        ctx.addIssue({
          code: 'custom',
          message: 'Unit price must be a positive amount in USD with at most 2 decimals, like 24.99.',
        });
        return z.NEVER;
      }
      return c;
    }),
  stock: z
    .string()
    .trim()
    .regex(/^\d{1,8}$/, 'Stock must be a whole number.')
    .transform(Number),
});
