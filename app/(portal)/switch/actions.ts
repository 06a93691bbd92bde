'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { actingChoice } from '@/db/queries/acting';
import { action } from '@/lib/auth/action';
import { NEW_BUSINESS, chosenBusinessCookie } from '@/lib/auth/chosen-business';
import { env } from '@/lib/env';
import { formValues } from '@/lib/form-state';
import { switchBusinessInputSchema } from '@/lib/validation/team';

/**
 * Chooses the business to act for. The choice is only a cookie: every request checks again that the
 * user may act for it (a membership, or an active grant to their helper organisation).
 */
export const switchBusinessAction = action(
  { access: 'business', input: switchBusinessInputSchema },
  async ({ actor, input, formData }) => {
    if (input.businessId !== NEW_BUSINESS && !(await actingChoice(actor, input.businessId)))
      return {
        status: 'error',
        message: 'That business is not available to you. Choose one of your businesses.',
        fieldErrors: { businessId: 'Business must be one of the choices offered.' },
        values: formValues(formData),
      };
    (await cookies()).set(chosenBusinessCookie(input.businessId, env().APP_URL.startsWith('https:')));
    // Every page shows the chosen business's data, so nothing rendered for the previous one is kept.
    revalidatePath('/', 'layout');
    redirect(input.businessId === NEW_BUSINESS ? '/onboarding/business' : input.next);
  },
);
