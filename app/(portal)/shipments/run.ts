import 'server-only';
import { revalidatePath } from 'next/cache';
import { correctShipmentEvent, recordShipmentMilestone } from '@/db/mutations/shipments';
import type { Actor } from '@/lib/auth/actor';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { formValues, invalid, type FormState } from '@/lib/form-state';
import { correctionInputSchema, milestoneInputSchema } from '@/lib/validation/shipment';
import { z } from 'zod';

export function expected(e: unknown, formData: FormData): FormState {
  if (e instanceof DomainError) return { status: 'error', message: e.message, fieldErrors: e.fieldErrors, values: formValues(formData) };
  if (e instanceof ConflictError) return { status: 'error', message: e.message, values: formValues(formData) };
  if (e instanceof NotFoundError) return { status: 'error', message: 'This shipment does not exist.' };
  throw e;
}

const id = z.uuid();

/** Shared by the seller's and the staff's shipment pages; the data layer authorizes. */
export async function runMilestone(actor: Actor, formData: FormData, paths: string[]): Promise<FormState> {
  const shipmentId = id.safeParse(formData.get('shipmentId'));
  if (!shipmentId.success) return { status: 'error', message: 'This shipment does not exist.' };
  const parsed = milestoneInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const at = new Date(parsed.data.occurredAt);
  try {
    await recordShipmentMilestone(actor, shipmentId.data, { ...parsed.data, occurredAt: Number.isNaN(at.getTime()) ? parsed.data.occurredAt : at.toISOString() });
  } catch (e) {
    return expected(e, formData);
  }
  for (const p of paths) revalidatePath(p);
  return { status: 'success', message: 'Step recorded.' };
}

export async function runCorrection(actor: Actor, formData: FormData, paths: string[]): Promise<FormState> {
  const shipmentId = id.safeParse(formData.get('shipmentId'));
  const parsed = correctionInputSchema.safeParse(Object.fromEntries(formData));
  if (!shipmentId.success) return { status: 'error', message: 'This shipment does not exist.' };
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await correctShipmentEvent(actor, shipmentId.data, parsed.data);
  } catch (e) {
    return expected(e, formData);
  }
  for (const p of paths) revalidatePath(p);
  return { status: 'success', message: 'Correction recorded.' };
}
