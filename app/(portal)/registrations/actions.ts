'use server';

import { revalidatePath } from 'next/cache';
import { renewRegistration } from '@/db/mutations/registrations';
import { action } from '@/lib/auth/action';
import { expectedFailure, invalid } from '@/lib/form-state';
import { renewRegistrationSchema } from '@/lib/validation/registration';

export const renewRegistrationAction = action(
  {
    access: 'application:prepare',
    input: renewRegistrationSchema,
    invalid: (error, formData) => {
      const state = invalid(error, formData);
      // The code is a hidden field: a bad one has no field to highlight, so say it in the message.
      return state.fieldErrors?.code ? { ...state, message: state.fieldErrors.code } : state;
    },
  },
  async ({ actor, input, formData }) => {
    try {
      await renewRegistration(actor, input);
    } catch (e) {
      return expectedFailure(e, formData, 'This registration is not on file for your business.');
    }
    revalidatePath('/registrations');
    revalidatePath('/dashboard');
    return {
      status: 'success',
      message: `Renewed: valid through ${input.expiresOn}. Reminders start again 90 days before that date.`,
    };
  },
);
