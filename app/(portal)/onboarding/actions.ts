'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { saveBusinessStep, saveProductsStep, saveRegistrations, submitApplication } from '@/db/mutations/applications';
import { getMyApplication } from '@/db/queries/applications';
import { action } from '@/lib/auth/action';
import { chosenBusinessCookie } from '@/lib/auth/chosen-business';
import { env } from '@/lib/env';
import { fieldErrorsFrom, formValues, invalid, expectedFailure } from '@/lib/form-state';
import {
  businessStepSchema,
  productsStepSchema,
  registrationEntrySchema,
  registrationFieldsInputSchema,
  submitApplicationInputSchema,
} from '@/lib/validation/application';

export const saveBusinessAction = action(
  { access: 'business', input: businessStepSchema },
  async ({ actor, input, formData }) => {
    let businessId: string;
    try {
      ({ businessId } = await saveBusinessStep(actor, input));
    } catch (e) {
      return expectedFailure(e, formData);
    }
    // A new business: the user works for it from now on.
    if (!actor.acting) (await cookies()).set(chosenBusinessCookie(businessId, env().APP_URL.startsWith('https:')));
    revalidatePath('/onboarding', 'layout');
    // Choices carried from the public self-check prefill step 2 (only known keys, plain codes).
    const carry = new URLSearchParams(String(formData.get('carry') ?? ''));
    const kept = new URLSearchParams(
      [...carry].filter(([k, v]) => (k === 'categories' || k === 'channels') && /^[a-z_,]{1,200}$/.test(v)),
    );
    redirect(`/onboarding/products${kept.size ? `?${kept}` : ''}`);
  },
);

export const saveProductsAction = action(
  {
    access: 'application:prepare',
    input: productsStepSchema,
    read: (formData) => ({
      categories: formData.getAll('categories'),
      channels: formData.getAll('channels'),
      childrensWear: formData.get('childrensWear'),
    }),
    invalid: (error, formData) => {
      const kids = formData.get('childrensWear');
      return {
        ...invalid(error),
        values: {
          categories: formData.getAll('categories').join(','),
          channels: formData.getAll('channels').join(','),
          childrensWear: kids === 'yes' || kids === 'no' ? kids : '',
        },
      };
    },
  },
  async ({ actor, input, formData }) => {
    try {
      await saveProductsStep(actor, input);
    } catch (e) {
      return expectedFailure(e, formData);
    }
    revalidatePath('/onboarding', 'layout');
    redirect('/onboarding/registrations');
  },
);

/** Each registration is validated on its own (registrationEntrySchema), against the checklist's codes. */
export const saveRegistrationsAction = action(
  {
    access: 'application:prepare',
    input: registrationFieldsInputSchema,
    read: (formData) =>
      Object.fromEntries([...formData].filter(([k, v]) => k.startsWith('reg.') && typeof v === 'string')),
  },
  async ({ actor, input, formData }) => {
    const current = await getMyApplication(actor);
    if (!current) redirect('/onboarding/business');
    const codes = current.checklist.filter((i) => i.kind === 'registration').map((i) => i.code);
    const entries: Record<string, { number: string; issuer: string; expiresOn: string | null }> = {};
    const fieldErrors: Record<string, string> = {};
    for (const code of codes) {
      const raw = {
        number: input[`reg.${code}.number`] ?? '',
        issuer: input[`reg.${code}.issuer`] ?? '',
        expiresOn: input[`reg.${code}.expiresOn`] ?? '',
      };
      if (!raw.number.trim() && !raw.issuer.trim() && !raw.expiresOn.trim()) continue; // left for later
      const parsed = registrationEntrySchema.safeParse(raw);
      if (parsed.success) entries[code] = parsed.data;
      else for (const [k, v] of Object.entries(fieldErrorsFrom(parsed.error))) fieldErrors[`reg.${code}.${k}`] = v;
    }
    if (Object.keys(fieldErrors).length) {
      const n = Object.keys(fieldErrors).length;
      return {
        status: 'error',
        message: n === 1 ? 'Please fix the highlighted field.' : `Please fix the ${n} highlighted fields.`,
        fieldErrors,
        values: formValues(formData),
      };
    }
    try {
      await saveRegistrations(actor, entries);
    } catch (e) {
      return expectedFailure(e, formData);
    }
    revalidatePath('/onboarding', 'layout');
    redirect('/onboarding/documents');
  },
);

export const submitApplicationAction = action(
  { access: 'application:submit', input: submitApplicationInputSchema },
  async ({ actor, formData }) => {
    let result;
    try {
      result = await submitApplication(actor, { attested: true });
    } catch (e) {
      return expectedFailure(e, formData);
    }
    if (!result.ok)
      return {
        status: 'error',
        message: `You cannot submit yet. ${result.blockers.length} thing${result.blockers.length === 1 ? '' : 's'} to finish:`,
        fieldErrors: Object.fromEntries(result.blockers.map((b, i) => [`blocker.${i}`, b])),
      };
    revalidatePath('/onboarding', 'layout');
    redirect('/onboarding/status');
  },
);
