'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createListing, submitListing, updateListing, updatePriceAndStock } from '@/db/mutations/listings';
import { action } from '@/lib/auth/action';
import { invalid, expectedFailure, type FormState } from '@/lib/form-state';
import {
  listingFormInputSchema,
  listingFormToObject,
  listingIdInputSchema,
  listingUpdateInputSchema,
  priceStockInputSchema,
} from '@/lib/validation/listing';
import { revalidateStore } from '@/lib/store-cache';

function invalidListing(error: Parameters<typeof invalid>[0], formData: FormData): FormState {
  const s = invalid(error, formData);
  return { ...s, values: { ...s.values, channels: formData.getAll('channels').join(',') } };
}

const readListing = (formData: FormData) => ({ ...listingFormToObject(formData), id: formData.get('id') });
const missing: FormState = { status: 'error', message: 'This listing does not exist.' };

export const createListingAction = action(
  { access: 'business', input: listingFormInputSchema, read: listingFormToObject, invalid: invalidListing },
  async ({ actor, input, formData }) => {
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
  { access: 'business', input: listingUpdateInputSchema, read: readListing, invalid: invalidListing },
  async ({ actor, input: { id, listing }, formData }) => {
    try {
      await updateListing(actor, id, listing);
    } catch (e) {
      return expectedFailure(e, formData, missing.message);
    }
    // Price and stock go live at once, so the cached storefront page must go too.
    revalidateStore(id);
    revalidatePath(`/products/${id}`);
    redirect(`/products/${id}?saved=1`);
  },
);

export const submitListingAction = action(
  { access: 'business', input: listingIdInputSchema, invalid: () => missing },
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
  { access: 'business', input: priceStockInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await updatePriceAndStock(actor, input.id, { priceUsdCents: input.priceUsd, stock: input.stock });
    } catch (e) {
      return expectedFailure(e, formData, missing.message);
    }
    revalidateStore(input.id);
    revalidatePath(`/products/${input.id}`);
    return { status: 'success', message: 'Price and stock updated. They are live at once.' };
  },
);
