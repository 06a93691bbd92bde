'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createListing, submitListing, updateListing, updatePriceAndStock } from '@/db/mutations/listings';
import { action } from '@/lib/auth/action';
import { normalizeHsCode } from '@/lib/domain/hs-code';
import { formValues, invalid, expectedFailure, type FormState } from '@/lib/form-state';
import { getRules } from '@/lib/rules-cache';
import {
  listingFormInputSchema,
  listingFormToObject,
  listingIdInputSchema,
  listingUpdateInputSchema,
  priceStockInputSchema,
  unknownProductMessage,
} from '@/lib/validation/listing';

/** The catalogue's refusal of the typed HS code, if any: a listing must be one the rules in force can answer for. */
async function catalogueError(formData: FormData): Promise<string | null> {
  const hs = normalizeHsCode(String(formData.get('hs') ?? ''));
  if (!hs || (await getRules()).getProduct(hs.hs6)) return null;
  return unknownProductMessage(hs.hs6);
}

// Reported with every other error of the form, so the seller fixes everything in one go.
async function invalidListing(error: Parameters<typeof invalid>[0], formData: FormData): Promise<FormState> {
  const s = invalid(error, formData);
  // The id is no field the user can fix: a malformed one names no listing at all.
  if (s.fieldErrors?.id) return missing;
  const hs = s.fieldErrors?.hs ?? (await catalogueError(formData));
  const fieldErrors = { ...s.fieldErrors, ...(hs ? { hs } : {}) };
  const count = Object.keys(fieldErrors).length;
  return {
    ...s,
    message: count === 1 ? 'Please fix the highlighted field.' : `Please fix the ${count} highlighted fields.`,
    fieldErrors,
    values: { ...s.values, channels: formData.getAll('channels').join(',') },
  };
}

async function unknownProduct(formData: FormData): Promise<FormState | null> {
  const hs = await catalogueError(formData);
  if (!hs) return null;
  return {
    status: 'error',
    message: 'Please fix the highlighted field.',
    fieldErrors: { hs },
    values: { ...formValues(formData), channels: formData.getAll('channels').join(',') },
  };
}

const readListing = (formData: FormData) => ({ ...listingFormToObject(formData), id: formData.get('id') });
const missing: FormState = { status: 'error', message: 'This listing does not exist.' };

export const createListingAction = action(
  { access: 'listings:write', input: listingFormInputSchema, read: listingFormToObject, invalid: invalidListing },
  async ({ actor, input, formData }) => {
    const refused = await unknownProduct(formData);
    if (refused) return refused;
    let id: string;
    try {
      ({ id } = await createListing(actor, input));
    } catch (e) {
      return expectedFailure(e, formData, missing.message);
    }
    redirect(`/products/${id}?saved=1`);
  },
);

export const updateListingAction = action(
  { access: 'listings:write', input: listingUpdateInputSchema, read: readListing, invalid: invalidListing },
  async ({ actor, input: { id, listing }, formData }) => {
    const refused = await unknownProduct(formData);
    if (refused) return refused;
    try {
      await updateListing(actor, id, listing);
    } catch (e) {
      return expectedFailure(e, formData, missing.message);
    }
    revalidatePath(`/products/${id}`);
    redirect(`/products/${id}?saved=1`);
  },
);

export const submitListingAction = action(
  { access: 'listings:submit', input: listingIdInputSchema, invalid: () => missing },
  async ({ actor, input: { id }, formData }) => {
    let r;
    try {
      r = await submitListing(actor, id);
    } catch (e) {
      return expectedFailure(e, formData, missing.message);
    }
    if (!r.ok) return { status: 'error', message: `You cannot submit yet: ${r.blockers.join(' ')}` };
    revalidatePath(`/products/${id}`);
    redirect(`/products/${id}?submitted=1`);
  },
);

export const updatePriceStockAction = action(
  { access: 'listings:write', input: priceStockInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await updatePriceAndStock(actor, input.id, { priceUsdCents: input.priceUsd, stock: input.stock });
    } catch (e) {
      return expectedFailure(e, formData, missing.message);
    }
    revalidatePath(`/products/${input.id}`);
    return { status: 'success', message: 'Price and stock updated. They are live at once.' };
  },
);
