'use server';

import { redirect } from 'next/navigation';
import { setExchangeRate } from '@/db/mutations/exchange-rates';
import { action } from '@/lib/auth/action';
import { NotFoundError } from '@/lib/errors';
import { exchangeRateInputSchema } from './schema';

export const setExchangeRateAction = action(
  {
    access: 'admin',
    input: exchangeRateInputSchema,
    read: (formData) => ({
      rate: formData.get('rate') ?? '',
      effectiveOn: formData.get('effectiveOn') ?? '',
      source: formData.get('source') ?? '',
    }),
  },
  async ({ actor, input }) => {
    try {
      await setExchangeRate(actor, { usdCnyMicro: input.rate, effectiveOn: input.effectiveOn, source: input.source });
    } catch (e) {
      if (e instanceof NotFoundError) return { status: 'error', message: 'Only an admin can set exchange rates.' };
      throw e;
    }
    redirect('/admin/exchange-rates?saved=1');
  },
);
