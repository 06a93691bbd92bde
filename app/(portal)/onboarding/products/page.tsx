import type { Metadata } from 'next';
import { ViewOnlyNotice } from '@/components/business/view-only-notice';
import { can } from '@/lib/auth/actor';
import { redirect } from 'next/navigation';
import { LockedNotice } from '@/components/onboarding/locked-notice';
import { StepNav } from '@/components/onboarding/step-nav';
import { getMyApplication } from '@/db/queries/applications';
import { requireBusiness } from '@/lib/auth/guards';
import { isEditable } from '@/lib/domain/application-status';
import { CATEGORIES, CHANNELS } from '@/lib/domain/export-rules';
import { ProductsForm } from './products-form';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Step 2: What you sell' };

async function ProductsStepPage({ searchParams }: PageProps<'/onboarding/products'>) {
  const actor = await requireBusiness();
  const current = await getMyApplication(actor);
  if (!current) redirect('/onboarding/business');
  const sp = await searchParams;
  const carried = (k: 'categories' | 'channels') => (typeof sp[k] === 'string' ? sp[k].split(',') : []);
  const app = current.application;
  const readOnly = !can(actor, 'application:prepare');
  const locked = !isEditable(app.status) || readOnly;
  return (
    <div>
      <StepNav current={2} done={app.stepsDone} missingCount={current.blockers.length} />
      <h1 className="mb-2 text-2xl font-bold">What do you sell, and how?</h1>
      <p className="mb-6 text-stone-700">
        Your answers decide which registrations and documents China asks for. You can change them until you submit.
      </p>
      {!isEditable(app.status) ? <LockedNotice status={app.status} /> : null}
      {readOnly && isEditable(app.status) ? <ViewOnlyNotice actor={actor} what="the application" /> : null}
      <ProductsForm
        locked={locked}
        categories={CATEGORIES.map((c) => ({ value: c.code, label: c.label, hint: c.description }))}
        channels={CHANNELS.map((c) => ({ value: c.code, label: c.label, hint: c.description }))}
        chosenCategories={app.categories.length ? app.categories : carried('categories')}
        childrensWear={app.childrensWear}
        chosenChannels={app.channels.length ? app.channels : carried('channels')}
      />
    </div>
  );
}

export default withBusinessFrame(ProductsStepPage);
