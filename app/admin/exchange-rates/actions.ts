'use server';

import { redirect } from 'next/navigation';
import { setExchangeRate } from '@/db/mutations/listings';
import { requireAdmin } from '@/lib/auth/guards';
import { NotFoundError } from '@/lib/errors';
import { invalid, type FormState } from '@/lib/form-state';
import { revalidateStore } from '@/lib/store-cache';
import { exchangeRateInputSchema } from './schema';

export async function setExchangeRateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin();
  const parsed = exchangeRateInputSchema.safeParse({
    rate: formData.get('rate') ?? '',
    effectiveOn: formData.get('effectiveOn') ?? '',
    source: formData.get('source') ?? '',
  });
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await setExchangeRate(actor, {
      usdCnyMicro: parsed.data.rate,
      effectiveOn: parsed.data.effectiveOn,
      source: parsed.data.source,
    });
  } catch (e) {
    if (e instanceof NotFoundError) return { status: 'error', message: 'Only an admin can set exchange rates.' };
    throw e;
  }
  // Every CNY price on the storefront and in the feed follows the newest rate.
  revalidateStore();
  redirect('/admin/exchange-rates?saved=1');
}
