'use server';

import { revalidatePath } from 'next/cache';
import { renewRegistration } from '@/db/mutations/registrations';
import { requireBusiness } from '@/lib/auth/guards';
import { expectedFailure, invalid, type FormState } from '@/lib/form-state';
import { renewRegistrationSchema } from '@/lib/validation/registration';

export async function renewRegistrationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  const parsed = renewRegistrationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const state = invalid(parsed.error, formData);
    // The code is a hidden field: a bad one has no field to highlight, so say it in the message.
    return state.fieldErrors?.code ? { ...state, message: state.fieldErrors.code } : state;
  }
  try {
    await renewRegistration(actor, parsed.data);
  } catch (e) {
    return expectedFailure(e, formData, 'This registration is not on file for your business.');
  }
  revalidatePath('/registrations');
  revalidatePath('/dashboard');
  return {
    status: 'success',
    message: `Renewed: valid through ${parsed.data.expiresOn}. Reminders start again 90 days before that date.`,
  };
}
