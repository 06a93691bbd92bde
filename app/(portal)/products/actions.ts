'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createListing, submitListing, updateListing, updatePriceAndStock } from '@/db/mutations/listings';
import { parseUsdToCents } from '@/lib/domain/pricing';
import { requireBusiness } from '@/lib/auth/guards';
import type { CategoryCode } from '@/lib/domain/export-rules';
import { invalid, expectedFailure, type FormState } from '@/lib/form-state';
import { CATEGORY_CODES } from '@/lib/rules';
import { listingFormToObject, listingInputSchema } from '@/lib/validation/listing';
import { revalidateStore } from '@/lib/store-cache';

function parse(formData: FormData) {
  const raw = listingFormToObject(formData);
  const category = CATEGORY_CODES.includes(raw.category as CategoryCode) ? (raw.category as CategoryCode) : 'wine';
  return listingInputSchema(category).safeParse(raw);
}

function invalidListing(error: Parameters<typeof invalid>[0], formData: FormData): FormState {
  const s = invalid(error, formData);
  return { ...s, values: { ...s.values, channels: formData.getAll('channels').join(',') } };
}

export async function createListingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  const parsed = parse(formData);
  if (!parsed.success) return invalidListing(parsed.error, formData);
  let id: string;
  try {
    ({ id } = await createListing(actor, parsed.data));
  } catch (e) {
    return expectedFailure(e, formData, 'This listing does not exist.');
  }
  redirect(`/products/${id}?saved=1`);
}

export async function updateListingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  const id = String(formData.get('id') ?? '');
  const parsed = parse(formData);
  if (!parsed.success) return invalidListing(parsed.error, formData);
  try {
    await updateListing(actor, id, parsed.data);
  } catch (e) {
    return expectedFailure(e, formData, 'This listing does not exist.');
  }
  // Price and stock go live at once, so the cached storefront page must go too.
  revalidateStore(id);
  revalidatePath(`/products/${id}`);
  redirect(`/products/${id}?saved=1`);
}

export async function submitListingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  const id = String(formData.get('id') ?? '');
  let r;
  try {
    r = await submitListing(actor, id);
  } catch (e) {
    return expectedFailure(e, formData, 'This listing does not exist.');
  }
  if (!r.ok) return { status: 'error', message: `You cannot submit yet: ${r.blockers.join(' ')}` };
  revalidatePath(`/products/${id}`);
  redirect(`/products/${id}?submitted=1`);
}

const priceStock = z.object({
  id: z.uuid('Listing id must be a UUID.'),
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

export async function updatePriceStockAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  const parsed = priceStock.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await updatePriceAndStock(actor, parsed.data.id, { priceUsdCents: parsed.data.priceUsd, stock: parsed.data.stock });
  } catch (e) {
    return expectedFailure(e, formData, 'This listing does not exist.');
  }
  revalidateStore(parsed.data.id);
  revalidatePath(`/products/${parsed.data.id}`);
  return { status: 'success', message: 'Price and stock updated. They are live at once.' };
}
