'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createShipment, markDocumentNotApplicable } from '@/db/mutations/shipments';
import { requireBusiness } from '@/lib/auth/guards';
import { formValues, invalid, type FormState } from '@/lib/form-state';
import { notApplicableSchema, shipmentInputSchema } from '@/lib/validation/shipment';
import { z } from 'zod';
import { expected, runCorrection, runMilestone } from './run';

export async function createShipmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  const listingIds = formData.getAll('listingId').map(String);
  const quantities = formData.getAll('quantity').map(String);
  const values = formData.getAll('valueUsd').map(String);
  const lines = listingIds
    .map((listingId, i) => ({ listingId, quantity: quantities[i] ?? '', valueUsd: values[i] ?? '' }))
    .filter((l) => l.quantity.trim() !== '' || l.valueUsd.trim() !== '');
  // Only the filled-in products are lines, so `lines.<i>` errors are re-keyed by listing, and the
  // typed quantities and values are echoed per listing (the form has one field per live listing).
  const perListing = (state: FormState): FormState => ({
    ...state,
    fieldErrors:
      state.fieldErrors &&
      Object.fromEntries(
        Object.entries(state.fieldErrors).map(([k, v]) => [
          k.replace(/^lines\.(\d+)\./, (m, i: string) =>
            lines[Number(i)] ? `line.${lines[Number(i)]!.listingId}.` : m,
          ),
          v,
        ]),
      ),
    values: {
      ...state.values,
      ...Object.fromEntries(
        listingIds.flatMap((l, i) => [
          [`quantity.${l}`, quantities[i] ?? ''],
          [`valueUsd.${l}`, values[i] ?? ''],
        ]),
      ),
    },
  });
  const parsed = shipmentInputSchema.safeParse({ ...Object.fromEntries(formData), lines });
  if (!parsed.success) return perListing(invalid(parsed.error, formData));
  let id: string;
  try {
    id = (await createShipment(actor, parsed.data)).id;
  } catch (e) {
    return perListing(expected(e, formData));
  }
  revalidatePath('/shipments');
  redirect(`/shipments/${id}`);
}

export async function recordMilestoneAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  return runMilestone(actor, formData, [`/shipments/${String(formData.get('shipmentId'))}`, '/shipments']);
}

export async function correctEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  return runCorrection(actor, formData, [`/shipments/${String(formData.get('shipmentId'))}`]);
}

export async function notApplicableAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  const shipmentId = z.uuid().safeParse(formData.get('shipmentId'));
  const parsed = notApplicableSchema.safeParse(Object.fromEntries(formData));
  if (!shipmentId.success) return { status: 'error', message: 'This shipment does not exist.' };
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await markDocumentNotApplicable(actor, { shipmentId: shipmentId.data, ...parsed.data });
  } catch (e) {
    return expected(e, formData);
  }
  revalidatePath(`/shipments/${shipmentId.data}`);
  return { status: 'success', message: 'Marked not applicable.', values: formValues(new FormData()) };
}
