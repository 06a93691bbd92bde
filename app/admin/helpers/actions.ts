'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { addHelperStaff, createHelperOrganisation, removeHelperStaff } from '@/db/mutations/helpers';
import { action } from '@/lib/auth/action';
import { expectedFailure, invalid, type FormState } from '@/lib/form-state';
import {
  addHelperStaffInputSchema,
  createHelperOrganisationInputSchema,
  readWithStates,
  removeHelperStaffInputSchema,
} from '@/lib/validation/team';

/** A refused form keeps every state ticked (form values hold one string per field). */
const keepStates = (state: FormState, formData: FormData): FormState =>
  state.values ? { ...state, values: { ...state.values, states: formData.getAll('states').join(',') } } : state;

export const createHelperOrganisationAction = action(
  {
    access: 'admin',
    input: createHelperOrganisationInputSchema,
    read: readWithStates,
    invalid: (error, formData) => keepStates(invalid(error, formData), formData),
  },
  async ({ actor, input, formData }) => {
    let id: string;
    try {
      ({ id } = await createHelperOrganisation(actor, input));
    } catch (e) {
      return keepStates(expectedFailure(e, formData), formData);
    }
    revalidatePath('/admin/helpers');
    redirect(`/admin/helpers/${id}?created=1`);
  },
);

export const addHelperStaffAction = action(
  { access: 'admin', input: addHelperStaffInputSchema },
  async ({ actor, input, formData }) => {
    let result: 'added' | 'invited';
    try {
      result = await addHelperStaff(actor, input);
    } catch (e) {
      return expectedFailure(e, formData, 'This organisation no longer exists.');
    }
    revalidatePath(`/admin/helpers/${input.organisationId}`);
    return {
      status: 'success',
      message:
        result === 'added'
          ? `${input.email} is now on the staff.`
          : `${input.email} has no account yet: we sent an invitation to sign up and join (the link works for 7 days).`,
    };
  },
);

export const removeHelperStaffAction = action(
  { access: 'admin', input: removeHelperStaffInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await removeHelperStaff(actor, input);
    } catch (e) {
      return expectedFailure(e, formData, 'That person is no longer on the staff.');
    }
    revalidatePath(`/admin/helpers/${input.organisationId}`);
    return { status: 'success', message: 'Removed from the staff.' };
  },
);
