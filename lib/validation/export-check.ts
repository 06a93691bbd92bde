import { z } from 'zod';
import {
  CHANNELS,
  RULES_COVER_FROM,
  isUsStateCode,
  normalizeHsCode,
  SEED_EXPORT_RULES,
  type ExportRules,
  type ChannelCode,
  type CheckExportInput,
  type UsStateCode,
} from '@/lib/domain/export-rules';

/** Query parameters of `GET /api/v1/export-check` and of the `/export-check` page, in the order shown to people. */
export const EXPORT_CHECK_PARAMS = ['hs', 'state', 'channel', 'price_cny', 'quantity', 'value_usd', 'date'] as const;
export type ExportCheckParam = (typeof EXPORT_CHECK_PARAMS)[number];

// Upper bounds keep every amount an exact decimal in a JS number (engine converts via String(n)) and
// far above any real consumer order or shipment line.
export const PRICE_MAX_CNY = 10_000_000;
export const VALUE_MAX_USD = 1_000_000_000;
export const QUANTITY_MAX = 100_000;

const CHANNEL_CODES: readonly ChannelCode[] = CHANNELS.map((c) => c.code);
const TEXT_MAX = 40;

/** Absent, empty and whitespace-only parameters are all "not given" (an empty form field submits ""). */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

function text(required: string | null) {
  const base = z
    .string({ error: required ?? 'must be text' })
    .trim()
    .max(TEXT_MAX, `must be at most ${TEXT_MAX} characters`);
  return required ? base : base.optional();
}

const hsSchema = (catalogue: Pick<ExportRules, 'getProduct'>) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'HS code is required: pick a product or give its HS code, e.g. 080929.' })
      .trim()
      .max(TEXT_MAX, `HS code must be at most ${TEXT_MAX} characters.`)
      .transform((raw, ctx) => {
        const code = normalizeHsCode(raw);
        if (!code) {
          ctx.addIssue({
            code: 'custom',
            message: 'HS code must have 6, 8, 10 or 13 digits (dots and spaces allowed), e.g. 0809.29.',
          });
          return z.NEVER;
        }
        if (!catalogue.getProduct(code.hs6)) {
          ctx.addIssue({
            code: 'custom',
            message: `HS code ${code.hs6} is not in the product catalogue; pick a product from the list.`,
          });
          return z.NEVER;
        }
        return code.digits;
      }),
  );

const stateSchema = z.preprocess(
  blankToUndefined,
  z
    .string({ error: 'State is required: a two-letter US state code such as MI.' })
    .trim()
    .toUpperCase()
    .transform((s, ctx): UsStateCode => {
      if (isUsStateCode(s)) return s;
      ctx.addIssue({ code: 'custom', message: 'State must be a two-letter US state code such as MI.' });
      return z.NEVER;
    }),
);

const channelSchema = z.preprocess(
  blankToUndefined,
  text(null).transform((c, ctx): ChannelCode | undefined => {
    if (c === undefined) return undefined;
    const found = CHANNEL_CODES.find((code) => code === c);
    if (found) return found;
    ctx.addIssue({
      code: 'custom',
      message: `Channel must be one of ${CHANNEL_CODES.join(', ')}, or left out for all three.`,
    });
    return z.NEVER;
  }),
);

/** A non-negative amount with at most 2 decimals (fen / cents), given as text; returned as a number. */
function amountSchema(label: string, max: number) {
  return z.preprocess(
    blankToUndefined,
    text(null).transform((raw, ctx): number | undefined => {
      if (raw === undefined) return undefined;
      const fail = (message: string) => {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      };
      const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(raw);
      if (!m) return fail(`${label} must be a number, e.g. 600 or 599.50.`);
      if (m[1]) return fail(`${label} must not be negative.`);
      if ((m[3] ?? '').length > 2) return fail(`${label} must have at most 2 decimals.`);
      const value = Number(raw);
      if (value > max) return fail(`${label} must be at most ${max.toLocaleString('en-US')}.`);
      return value;
    }),
  );
}

const quantitySchema = z.preprocess(
  blankToUndefined,
  text(null).transform((raw, ctx): number | undefined => {
    if (raw === undefined) return undefined;
    const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > QUANTITY_MAX) {
      ctx.addIssue({
        code: 'custom',
        message: `Quantity must be a whole number from 1 to ${QUANTITY_MAX.toLocaleString('en-US')}.`,
      });
      return z.NEVER;
    }
    return n;
  }),
);

const dateSchema = z.preprocess(
  blankToUndefined,
  text(null).transform((raw, ctx): string | undefined => {
    if (raw === undefined) return undefined;
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00Z`) : null;
    if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== raw) {
      ctx.addIssue({
        code: 'custom',
        message: 'Date must be a real calendar date written YYYY-MM-DD, e.g. 2026-11-25.',
      });
      return z.NEVER;
    }
    // The rule set starts with the CBEC tax regime (Cai Guan Shui [2016] No.18); earlier answers would be invented.
    if (raw < RULES_COVER_FROM) {
      ctx.addIssue({ code: 'custom', message: `Date must be on or after ${RULES_COVER_FROM}, where the rules begin.` });
      return z.NEVER;
    }
    return raw;
  }),
);

const buildInputSchema = (catalogue: Pick<ExportRules, 'getProduct'>) =>
  z
    .object({
      hs: hsSchema(catalogue),
      state: stateSchema,
      channel: channelSchema,
      price_cny: amountSchema('Price in CNY', PRICE_MAX_CNY),
      quantity: quantitySchema,
      value_usd: amountSchema('Value in USD', VALUE_MAX_USD),
      date: dateSchema,
    })
    .transform((v): ExportCheckInput => ({
      hs: v.hs,
      state: v.state,
      ...(v.channel ? { channel: v.channel } : {}),
      ...(v.price_cny !== undefined ? { priceCny: v.price_cny } : {}),
      ...(v.quantity !== undefined ? { quantity: v.quantity } : {}),
      ...(v.value_usd !== undefined ? { valueUsd: v.value_usd } : {}),
      ...(v.date ? { date: v.date } : {}),
    }));

// One schema per rule set (the catalogue decides which codes are known), built once and kept with it.
const schemas = new WeakMap<object, ReturnType<typeof buildInputSchema>>();
function inputSchemaFor(catalogue: Pick<ExportRules, 'getProduct'>) {
  let schema = schemas.get(catalogue);
  if (!schema) schemas.set(catalogue, (schema = buildInputSchema(catalogue)));
  return schema;
}

/** What the engine accepts, with hs already normalised to digits and state upper-cased. */
export type ExportCheckInput = CheckExportInput & { state: UsStateCode };

export type ExportCheckParams = Partial<Record<ExportCheckParam, string>>;

export type ExportCheckParseResult =
  { ok: true; input: ExportCheckInput } | { ok: false; errors: Partial<Record<ExportCheckParam, string>> };

/** The first value of each known parameter; unknown parameters are ignored. */
export function exportCheckParams(
  source: URLSearchParams | Record<string, string | string[] | undefined>,
): ExportCheckParams {
  const out: ExportCheckParams = {};
  for (const key of EXPORT_CHECK_PARAMS) {
    const value = source instanceof URLSearchParams ? source.get(key) : source[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') out[key] = first;
  }
  return out;
}

/** Validates every parameter at once so a caller sees all that is wrong, keyed by parameter name. */
export function parseExportCheckParams(
  params: ExportCheckParams,
  catalogue: Pick<ExportRules, 'getProduct'> = SEED_EXPORT_RULES,
): ExportCheckParseResult {
  const parsed = inputSchemaFor(catalogue).safeParse(params);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Partial<Record<ExportCheckParam, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = EXPORT_CHECK_PARAMS.find((p) => p === issue.path[0]);
    if (key) errors[key] ??= issue.message.endsWith('.') ? issue.message : `${labelOf(key)} ${issue.message}.`;
  }
  return { ok: false, errors };
}

const LABELS: Record<ExportCheckParam, string> = {
  hs: 'HS code',
  state: 'State',
  channel: 'Channel',
  price_cny: 'Price in CNY',
  quantity: 'Quantity',
  value_usd: 'Value in USD',
  date: 'Date',
};

function labelOf(param: ExportCheckParam): string {
  return LABELS[param];
}

/** Product search on `/api/v1/export-check/products`. */
export const productSearchSchema = z.object({
  q: z.preprocess(
    blankToUndefined,
    z.string().trim().max(TEXT_MAX, `Search must be at most ${TEXT_MAX} characters.`).optional(),
  ),
});
