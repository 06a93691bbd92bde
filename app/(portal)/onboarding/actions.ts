'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { saveBusinessStep, saveProductsStep, saveRegistrations, submitApplication } from '@/db/mutations/applications';
import { getMyApplication } from '@/db/queries/applications';
import { requireBusiness } from '@/lib/auth/guards';
import { fieldErrorsFrom, formValues, invalid, expectedFailure, type FormState } from '@/lib/form-state';
import { businessStepSchema, productsStepSchema, registrationEntrySchema } from '@/lib/validation/application';

export async function saveBusinessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  const parsed = businessStepSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await saveBusinessStep(actor, parsed.data);
  } catch (e) {
    return expectedFailure(e, formData);
  }
  revalidatePath('/onboarding', 'layout');
  // Choices carried from the public self-check prefill step 2 (only known keys, plain codes).
  const carry = new URLSearchParams(String(formData.get('carry') ?? ''));
  const kept = new URLSearchParams(
    [...carry].filter(([k, v]) => (k === 'categories' || k === 'channels') && /^[a-z_,]{1,200}$/.test(v)),
  );
  redirect(`/onboarding/products${kept.size ? `?${kept}` : ''}`);
}

export async function saveProductsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  const parsed = productsStepSchema.safeParse({
    categories: formData.getAll('categories'),
    channels: formData.getAll('channels'),
  });
  if (!parsed.success) {
    return {
      ...invalid(parsed.error),
      values: { categories: formData.getAll('categories').join(','), channels: formData.getAll('channels').join(',') },
    };
  }
  try {
    await saveProductsStep(actor, parsed.data);
  } catch (e) {
    return expectedFailure(e, formData);
  }
  revalidatePath('/onboarding', 'layout');
  redirect('/onboarding/registrations');
}

/** Fields arrive as reg.<code>.number / .issuer / .expiresOn; each registration is validated on its own. */
export async function saveRegistrationsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  const current = await getMyApplication(actor);
  if (!current) redirect('/onboarding/business');
  const codes = current.checklist.filter((i) => i.kind === 'registration').map((i) => i.code);
  const entries: Record<string, { number: string; issuer: string; expiresOn: string | null }> = {};
  const fieldErrors: Record<string, string> = {};
  for (const code of codes) {
    const raw = {
      number: String(formData.get(`reg.${code}.number`) ?? ''),
      issuer: String(formData.get(`reg.${code}.issuer`) ?? ''),
      expiresOn: String(formData.get(`reg.${code}.expiresOn`) ?? ''),
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
}

export async function submitApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireBusiness();
  let result;
  try {
    result = await submitApplication(actor);
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
}
