import { redirect } from 'next/navigation';
import { STEPS } from '@/components/onboarding/step-nav';
import { getMyApplication } from '@/db/queries/applications';
import { requireBusiness } from '@/lib/auth/guards';
import { isEditable } from '@/lib/domain/application-status';

/** Resumes where the applicant left off, on any device; choices from the self-check are carried along. */
export default async function OnboardingIndex({ searchParams }: PageProps<'/onboarding'>) {
  const actor = await requireBusiness();
  const sp = await searchParams;
  const carry = new URLSearchParams();
  for (const k of ['categories', 'channels', 'state'] as const) if (typeof sp[k] === 'string') carry.set(k, sp[k]);
  const qs = carry.size ? `?${carry}` : '';
  const current = await getMyApplication(actor);
  if (!current) redirect(`/onboarding/business${qs}`);
  if (!isEditable(current.application.status)) redirect('/onboarding/status');
  const next = STEPS.find((s) => s.n < 5 && !current.application.stepsDone.includes(s.n)) ?? STEPS[4];
  redirect(`/onboarding/${next.slug}${qs}`);
}
