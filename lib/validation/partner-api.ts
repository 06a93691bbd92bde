import { z } from 'zod';
import { incotermError } from '@/lib/domain/incoterms';
import { DESTINATION_KINDS, STOREFRONT_STATUSES } from '@/lib/domain/partners';
import { SHIPMENT_FLOWS, TRANSPORT_MODES } from '@/lib/domain/shipment-status';

// The partner API's request bodies. Messages name the field and the rule: they reach a developer as
// `{ errors: { "<field path>": "<message>" } }`.

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be a string.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

export const storefrontStatusInputSchema = z
  .object({
    status: z.enum(STOREFRONT_STATUSES, { error: `status must be one of ${STOREFRONT_STATUSES.join(', ')}.` }),
    storefrontItemId: text('storefrontItemId', 120).optional(),
    storefrontUrl: z
      .url({ protocol: /^https$/, error: 'storefrontUrl must be an https:// address.' })
      .max(2000, 'storefrontUrl must be at most 2000 characters.')
      .optional(),
    reason: text('reason', 500).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status === 'live') {
      if (!v.storefrontItemId)
        ctx.addIssue({
          code: 'custom',
          path: ['storefrontItemId'],
          message: 'storefrontItemId is required when live.',
        });
      if (!v.storefrontUrl)
        ctx.addIssue({ code: 'custom', path: ['storefrontUrl'], message: 'storefrontUrl is required when live.' });
    }
    if (v.status === 'rejected' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason is required when rejected.' });
  });
export type StorefrontStatusInput = z.infer<typeof storefrontStatusInputSchema>;

const isoDate = z
  .string({ error: 'requestedDate must be a date as YYYY-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'requestedDate must be a date as YYYY-MM-DD.')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'requestedDate must be a real date.');

export const purchaseOrderInputSchema = z
  .object({
    reference: text('reference', 60).optional(),
    channel: z.enum(SHIPMENT_FLOWS, { error: `channel must be one of ${SHIPMENT_FLOWS.join(', ')}.` }),
    mode: z.enum(TRANSPORT_MODES, { error: `mode must be one of ${TRANSPORT_MODES.join(', ')}.` }),
    incoterm: z
      .string({ error: 'incoterm is required, e.g. FOB.' })
      .trim()
      .toUpperCase()
      .min(1, 'incoterm is required.'),
    requestedDate: isoDate,
    destination: z
      .object({
        kind: z.enum(DESTINATION_KINDS, { error: 'destination.kind must be port or bonded_warehouse.' }),
        name: text('destination.name', 120),
      })
      .strict(),
    buyerCity: text('buyerCity', 80),
    lines: z
      .array(
        z
          .object({
            listingId: z.uuid('listingId must be a listing id from the catalogue.'),
            quantity: z
              .number({ error: 'quantity must be a whole number.' })
              .int('quantity must be a whole number.')
              .min(1, 'quantity must be at least 1.')
              .max(1_000_000, 'quantity must be at most 1000000.'),
          })
          .strict(),
        { error: 'lines must be a list of { listingId, quantity }.' },
      )
      .min(1, 'lines must have at least one line.')
      .max(50, 'lines may have at most 50 lines.'),
  })
  .strict()
  .superRefine((v, ctx) => {
    const err = v.incoterm ? incotermError(v.incoterm, v.mode) : null;
    if (err) ctx.addIssue({ code: 'custom', path: ['incoterm'], message: err });
    const seen = new Set<string>();
    v.lines.forEach((l, i) => {
      if (seen.has(l.listingId))
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'listingId'], message: 'Each listing may appear once.' });
      seen.add(l.listingId);
    });
    if (v.requestedDate < new Date().toISOString().slice(0, 10))
      ctx.addIssue({ code: 'custom', path: ['requestedDate'], message: 'requestedDate must not be in the past.' });
  });
export type PurchaseOrderInput = z.infer<typeof purchaseOrderInputSchema>;

export const declineOrderInputSchema = z.object({
  orderId: z.uuid('This order does not exist.'),
  reason: z.string().trim().min(1, 'Tell the buyer why (required).').max(500, 'At most 500 characters.'),
});
export const acceptOrderInputSchema = z.object({ orderId: z.uuid('This order does not exist.') });

/** A zod error as the API's field-level errors: `{ "lines.0.quantity": "…" }`. */
export function apiFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join('.') || 'body'] ??= issue.message;
  return out;
}
