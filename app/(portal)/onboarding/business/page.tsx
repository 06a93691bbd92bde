import type { Metadata } from 'next';
import { ViewOnlyNotice } from '@/components/business/view-only-notice';
import { can } from '@/lib/auth/actor';
import { LockedNotice } from '@/components/onboarding/locked-notice';
import { StepNav } from '@/components/onboarding/step-nav';
import { Alert } from '@/components/ui/alert';
import { getMyApplication } from '@/db/queries/applications';
import { requireBusiness } from '@/lib/auth/guards';
import { isEditable } from '@/lib/domain/application-status';
import { isMidwest } from '@/lib/domain/export-rules';
import { BusinessForm } from './business-form';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Step 1: Your business' };

async function BusinessStepPage({ searchParams }: PageProps<'/onboarding/business'>) {
  const actor = await requireBusiness();
  const sp = await searchParams;
  const current = await getMyApplication(actor);
  const b = current?.business;
  const initial: Record<string, string> = b
    ? Object.fromEntries(
        (
          [
            'legalName',
            'dba',
            'ein',
            'entityType',
            'formationState',
            'yearFounded',
            'employees',
            'revenueBand',
            'street',
            'city',
            'state',
            'zip',
            'phone',
            'website',
          ] as const
        ).map((k) => [k, b[k] == null ? '' : String(b[k])]),
      )
    : {
        state: typeof sp.state === 'string' ? sp.state : '',
        formationState: typeof sp.state === 'string' ? sp.state : '',
      };
  const carry = new URLSearchParams(
    Object.entries({ categories: sp.categories, channels: sp.channels }).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  ).toString();
  // Acting for no business, step 1 creates one; acting for one, changing it needs application:prepare.
  const readOnly = actor.acting !== null && !can(actor, 'application:prepare');
  const locked = (current ? !isEditable(current.application.status) : false) || readOnly;
  return (
    <div>
      <StepNav current={1} done={current?.application.stepsDone ?? []} missingCount={current?.blockers.length} />
      <h1 className="mb-2 text-2xl font-bold">Tell us about your business</h1>
      <p className="mb-6 text-stone-700">
        We use this to check your business is real and to fill in export paperwork later. Everything is saved when you
        continue.
      </p>
      {current && !isEditable(current.application.status) ? <LockedNotice status={current.application.status} /> : null}
      {readOnly && current && isEditable(current.application.status) ? (
        <ViewOnlyNotice actor={actor} what="the application" />
      ) : null}
      {b?.state && isMidwest(b.state) ? (
        <div className="mb-6">
          <Alert tone="success">
            Midwest business: you are in one of the 12 Midwest states (US Census definition).
          </Alert>
        </div>
      ) : null}
      <BusinessForm initial={initial} locked={locked} carry={carry} />
    </div>
  );
}

export default withBusinessFrame(BusinessStepPage);
