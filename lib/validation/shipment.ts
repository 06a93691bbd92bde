import { z } from 'zod';
import { incotermError } from '@/lib/domain/incoterms';
import { SHIPMENT_FLOWS, SHIPMENT_STATUSES, TRANSPORT_MODES } from '@/lib/domain/shipment-status';

const text = (label: string, max = 120) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} must be at most ${max} characters.`);
const opt = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));
const dateOnly = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine(
    (v) => v === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))),
    'Enter a date as YYYY-MM-DD.',
  );

export const shipmentLineInputSchema = z.object({
  listingId: z.uuid('Choose a product.'),
  quantity: z.coerce
    .number({ error: 'Quantity must be a whole number.' })
    .int('Quantity must be a whole number.')
    .min(1, 'Quantity must be at least 1.')
    .max(1_000_000, 'Quantity is too large.'),
  /** Optional typed value of the line in USD; otherwise price × quantity. */
  valueUsd: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^\d{1,9}(\.\d{1,2})?$/.test(v), 'Value must be an amount in USD, e.g. 1250.00.'),
});

export const shipmentInputSchema = z
  .object({
    channel: z.enum(SHIPMENT_FLOWS, { error: 'Choose a channel.' }),
    buyerName: text('Buyer or importer name'),
    buyerCity: text('Buyer city', 80),
    destination: text('Destination port or city', 80),
    mode: z.enum(TRANSPORT_MODES, { error: 'Choose sea, air or parcel.' }),
    incoterm: z.string().trim().toUpperCase().min(1, 'Choose an Incoterm.'),
    carrier: text('Carrier', 80),
    lines: z
      .array(shipmentLineInputSchema)
      .min(1, 'Add at least one product.')
      .max(50, 'At most 50 lines per shipment.'),
  })
  .superRefine((v, ctx) => {
    const err = v.incoterm ? incotermError(v.incoterm, v.mode) : null;
    if (err) ctx.addIssue({ code: 'custom', path: ['incoterm'], message: err });
  });
export type ShipmentInput = z.infer<typeof shipmentInputSchema>;

export const milestoneInputSchema = z.object({
  target: z.enum(SHIPMENT_STATUSES, { error: 'Choose a step.' }),
  occurredAt: z.string().trim().min(1, 'Enter the date and time.'),
  place: opt(120),
  note: opt(2000),
  reason: opt(500),
  visibility: z.enum(['seller', 'internal']).default('seller'),
  itn: opt(40),
  eeiExemption: opt(80),
  carrier: opt(80),
  transportNumber: opt(60),
  trackingNumber: opt(60),
});
export type MilestoneInput = z.input<typeof milestoneInputSchema>;

export const notApplicableSchema = z.object({
  code: z.string().regex(/^[a-z0-9_]{1,64}$/),
  reason: text('Reason', 500),
});
export const documentDatesSchema = z.object({ issueDate: dateOnly, expiryDate: dateOnly });
export const correctionInputSchema = z.object({ eventId: z.uuid(), reason: text('Reason', 500) });

export const shipmentFilterSchema = z.object({
  status: z.enum(SHIPMENT_STATUSES).optional().catch(undefined),
  channel: z.enum(SHIPMENT_FLOWS).optional().catch(undefined),
  state: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  category: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .catch(undefined),
  carrier: z.string().trim().max(80).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  // A buyer-search cursor carries the buyer's name (up to 120 characters, 3 bytes each in Chinese).
  cursor: z.string().max(800).optional().catch(undefined),
});
export type ShipmentFilter = z.infer<typeof shipmentFilterSchema>;

// The shipment forms name their shipment in a hidden field; a bad id reads as a shipment that does not exist.
const shipmentIdSchema = z.uuid('This shipment does not exist.');
export const shipmentMilestoneInputSchema = milestoneInputSchema.extend({
  shipmentId: shipmentIdSchema,
  /** The browser's Date#getTimezoneOffset(), to read a datetime-local value as the user's wall-clock time. */
  tzOffset: z.string().max(8).optional(),
});
export const shipmentCorrectionInputSchema = correctionInputSchema.extend({ shipmentId: shipmentIdSchema });
export const shipmentNotApplicableInputSchema = notApplicableSchema.extend({ shipmentId: shipmentIdSchema });
