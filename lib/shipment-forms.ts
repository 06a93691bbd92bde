import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { correctShipmentEvent, recordShipmentMilestone } from '@/db/mutations/shipments';
import type { Actor } from '@/lib/auth/actor';
import { invalid, expectedFailure, type FormState } from '@/lib/form-state';
import type { shipmentCorrectionInputSchema, shipmentMilestoneInputSchema } from '@/lib/validation/shipment';

// What the seller's and the staff's shipment actions share: reading their forms and running the change.

export function expected(e: unknown, formData: FormData): FormState {
  return expectedFailure(e, formData, 'This shipment does not exist.');
}

/** Bad input of a shipment form: a bad shipment id is a shipment that does not exist, not a field to fix. */
export function invalidShipmentForm(error: z.ZodError, formData: FormData): FormState {
  if (error.issues.some((i) => i.path[0] === 'shipmentId'))
    return { status: 'error', message: 'This shipment does not exist.' };
  return invalid(error, formData);
}

/**
 * A datetime-local value ("2026-11-25T13:10") is the user's wall-clock time, not the server's:
 * `tzOffset` is the browser's Date#getTimezoneOffset() in minutes (UTC = local + offset); without
 * it (no JavaScript) the time is read as UTC. Anything else is left to the domain's date check.
 */
export function localToIso(value: string, tzOffset: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? value : d.toISOString();
  }
  const [, y, mo, d, h, mi, sec] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec ?? 0));
  // Date.UTC rolls 2026-02-31 over to March: such a date is invalid, not another day.
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 16) !== `${y}-${mo}-${d}T${h}:${mi}`)
    return 'invalid';
  const offset =
    typeof tzOffset === 'string' && /^-?\d{1,3}$/.test(tzOffset) && Math.abs(Number(tzOffset)) <= 840
      ? Number(tzOffset)
      : 0;
  return new Date(wall + offset * 60_000).toISOString();
}

/** Shared by the seller's and the staff's shipment pages; the data layer authorizes. */
export async function runMilestone(
  actor: Actor,
  { shipmentId, tzOffset, ...input }: z.output<typeof shipmentMilestoneInputSchema>,
  formData: FormData,
  paths: string[],
): Promise<FormState> {
  try {
    await recordShipmentMilestone(actor, shipmentId, { ...input, occurredAt: localToIso(input.occurredAt, tzOffset) });
  } catch (e) {
    return expected(e, formData);
  }
  for (const p of paths) revalidatePath(p);
  return { status: 'success', message: 'Step recorded.' };
}

export async function runCorrection(
  actor: Actor,
  { shipmentId, ...input }: z.output<typeof shipmentCorrectionInputSchema>,
  formData: FormData,
  paths: string[],
): Promise<FormState> {
  try {
    await correctShipmentEvent(actor, shipmentId, input);
  } catch (e) {
    return expected(e, formData);
  }
  for (const p of paths) revalidatePath(p);
  return { status: 'success', message: 'Correction recorded.' };
}
