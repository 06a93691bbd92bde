'use server';

import { revalidatePath } from 'next/cache';
import { addPartnerUser, createPartnerOrganisation } from '@/db/mutations/partners';
import { action } from '@/lib/auth/action';
import { expectedFailure } from '@/lib/form-state';
import { partnerOrganisationInputSchema, partnerUserInputSchema } from '@/lib/validation/partners';

export const createPartnerAction = action(
  { access: 'admin', input: partnerOrganisationInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await createPartnerOrganisation(actor, input);
    } catch (e) {
      return expectedFailure(e, formData);
    }
    revalidatePath('/admin/partners');
    return { status: 'success', message: `${input.name} was created. Add its people below.` };
  },
);

export const addPartnerUserAction = action(
  { access: 'admin', input: partnerUserInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await addPartnerUser(actor, input.organisationId, input.email);
    } catch (e) {
      return expectedFailure(e, formData, 'This partner no longer exists.');
    }
    revalidatePath('/admin/partners');
    return { status: 'success', message: `${input.email} was added. They manage the keys at /partner.` };
  },
);
