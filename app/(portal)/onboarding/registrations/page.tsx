import type { Metadata } from 'next';
import { ViewOnlyNotice } from '@/components/business/view-only-notice';
import { can } from '@/lib/auth/actor';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LockedNotice } from '@/components/onboarding/locked-notice';
import { StepNav } from '@/components/onboarding/step-nav';
import { getMyApplication } from '@/db/queries/applications';
import { requireBusiness } from '@/lib/auth/guards';
import { isEditable } from '@/lib/domain/application-status';
import { RegistrationsForm } from './registrations-form';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Step 3: Registrations you hold' };

async function RegistrationsStepPage() {
  const actor = await requireBusiness();
  const current = await getMyApplication(actor);
  if (!current) redirect('/onboarding/business');
  const app = current.application;
  const readOnly = !can(actor, 'application:prepare');
  const locked = !isEditable(app.status) || readOnly;
  const asks = current.checklist
    .filter((i) => i.kind === 'registration')
    .map((i) => ({
      code: i.code,
      title: i.title,
      why: i.why,
      optional: i.optional,
      sourceUrl: i.sourceUrl,
      verified: i.verified,
      number: i.registration?.number ?? '',
      issuer: i.registration?.issuer ?? '',
      expiresOn: i.registration?.expiresOn ?? '',
    }));
  return (
    <div>
      <StepNav current={3} done={app.stepsDone} missingCount={current.blockers.length} />
      <h1 className="mb-2 text-2xl font-bold">Registrations you hold</h1>
      <p className="mb-6 text-stone-700">
        Only the registrations your products and channels need are asked for. Leave one blank if you do not have it yet:
        it will show as missing, and you can come back.
      </p>
      {!isEditable(app.status) ? <LockedNotice status={app.status} /> : null}
      {readOnly && isEditable(app.status) ? <ViewOnlyNotice actor={actor} what="the application" /> : null}
      {app.categories.length === 0 ? (
        <p>
          First <Link href="/onboarding/products">choose what you sell</Link> (step 2).
        </p>
      ) : asks.length === 0 ? (
        <p>
          Your products and channels need no registrations.{' '}
          <Link href="/onboarding/documents">Continue to documents</Link>.
        </p>
      ) : (
        <RegistrationsForm asks={asks} locked={locked} />
      )}
    </div>
  );
}

export default withBusinessFrame(RegistrationsStepPage);
