'use server';

import { revalidatePath } from 'next/cache';
import { requestHelperAccess } from '@/db/mutations/team';
import { action } from '@/lib/auth/action';
import { expectedFailure, formValues } from '@/lib/form-state';
import { readWithScopes, requestHelperAccessInputSchema } from '@/lib/validation/team';

/** Staff of a helper organisation ask a business's owner for access (the owner decides on their team page). */
export const requestHelperAccessAction = action(
  { access: 'helper', input: requestHelperAccessInputSchema, read: readWithScopes },
  async ({ actor, input, formData }) => {
    let asked: string[];
    try {
      ({ asked } = await requestHelperAccess(actor, input));
    } catch (e) {
      return expectedFailure(e, formData);
    }
    revalidatePath('/helper');
    if (asked.length === 0)
      return {
        status: 'error',
        message: `No new request was sent: ${input.ownerEmail} owns no business here, or you already asked or have access.`,
        fieldErrors: { ownerEmail: 'Owner’s e-mail must be the address a business owner signs in with.' },
        values: formValues(formData),
      };
    return { status: 'success', message: `Request sent to the owner of ${asked.join(', ')}.` };
  },
);
