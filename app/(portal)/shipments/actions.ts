'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createShipment, markDocumentNotApplicable } from '@/db/mutations/shipments';
import { action } from '@/lib/auth/action';
import { formValues, invalid, type FormState } from '@/lib/form-state';
import {
  shipmentCorrectionInputSchema,
  shipmentInputSchema,
  shipmentMilestoneInputSchema,
  shipmentNotApplicableInputSchema,
} from '@/lib/validation/shipment';
import { expected, invalidShipmentForm, runCorrection, runMilestone } from '@/lib/shipment-forms';

/** The new-shipment form has one quantity and value field per live listing; the filled-in ones are lines. */
function linesOf(formData: FormData) {
  const listingIds = formData.getAll('listingId').map(String);
  const quantities = formData.getAll('quantity').map(String);
  const values = formData.getAll('valueUsd').map(String);
  const lines = listingIds
    .map((listingId, i) => ({ listingId, quantity: quantities[i] ?? '', valueUsd: values[i] ?? '' }))
    .filter((l) => l.quantity.trim() !== '' || l.valueUsd.trim() !== '');
  return { listingIds, quantities, values, lines };
}

// Only the filled-in products are lines, so `lines.<i>` errors are re-keyed by listing, and the
// typed quantities and values are echoed per listing.
function perListing(state: FormState, formData: FormData): FormState {
  const { listingIds, quantities, values, lines } = linesOf(formData);
  return {
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
  };
}

export const createShipmentAction = action(
  {
    access: 'shipments:write',
    input: shipmentInputSchema,
    read: (formData) => ({ ...Object.fromEntries(formData), lines: linesOf(formData).lines }),
    invalid: (error, formData) => perListing(invalid(error, formData), formData),
  },
  async ({ actor, input, formData }) => {
    let id: string;
    try {
      id = (await createShipment(actor, input)).id;
    } catch (e) {
      return perListing(expected(e, formData), formData);
    }
    revalidatePath('/shipments');
    redirect(`/shipments/${id}`);
  },
);

export const recordMilestoneAction = action(
  { access: 'shipments:write', input: shipmentMilestoneInputSchema, invalid: invalidShipmentForm },
  async ({ actor, input, formData }) =>
    runMilestone(actor, input, formData, [`/shipments/${input.shipmentId}`, '/shipments']),
);

export const correctEventAction = action(
  { access: 'shipments:write', input: shipmentCorrectionInputSchema, invalid: invalidShipmentForm },
  async ({ actor, input, formData }) => runCorrection(actor, input, formData, [`/shipments/${input.shipmentId}`]),
);

export const notApplicableAction = action(
  { access: 'shipments:write', input: shipmentNotApplicableInputSchema, invalid: invalidShipmentForm },
  async ({ actor, input: { shipmentId, ...input }, formData }) => {
    try {
      await markDocumentNotApplicable(actor, { shipmentId, ...input });
    } catch (e) {
      return expected(e, formData);
    }
    revalidatePath(`/shipments/${shipmentId}`);
    return { status: 'success', message: 'Marked not applicable.', values: formValues(new FormData()) };
  },
);
