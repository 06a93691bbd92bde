import type { Metadata } from 'next';
import { ViewOnlyNotice } from '@/components/business/view-only-notice';
import { can } from '@/lib/auth/actor';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LockedNotice } from '@/components/onboarding/locked-notice';
import { FileUpload } from '@/components/forms/file-upload';
import { StepNav } from '@/components/onboarding/step-nav';
import { RequirementStateBadge } from '@/components/status/requirement-state';
import { Alert } from '@/components/ui/alert';
import { getMyApplication } from '@/db/queries/applications';
import { requireBusiness } from '@/lib/auth/guards';
import { isEditable } from '@/lib/domain/application-status';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Step 4: Documents' };

async function DocumentsStepPage({ searchParams }: PageProps<'/onboarding/documents'>) {
  const actor = await requireBusiness();
  const current = await getMyApplication(actor);
  if (!current) redirect('/onboarding/business');
  const sp = await searchParams;
  const app = current.application;
  const readOnly = !can(actor, 'application:prepare');
  const locked = !isEditable(app.status) || readOnly;
  const errorFor = typeof sp.code === 'string' && typeof sp.error === 'string' ? sp.code : null;
  return (
    <div>
      <StepNav current={4} done={app.stepsDone} missingCount={current.blockers.length} />
      <h1 className="mb-2 text-2xl font-bold">Documents</h1>
      <p className="mb-6 text-stone-700">
        Upload one file for each item. A reviewer checks each one and tells you if anything needs to change.
      </p>
      {!isEditable(app.status) ? <LockedNotice status={app.status} /> : null}
      {readOnly && isEditable(app.status) ? <ViewOnlyNotice actor={actor} what="the application" /> : null}
      {typeof sp.uploaded === 'string' ? (
        <div className="mb-4">
          <Alert tone="success">Uploaded.</Alert>
        </div>
      ) : null}
      {typeof sp.error === 'string' && !errorFor ? (
        <div className="mb-4">
          <Alert tone="error">{sp.error}</Alert>
        </div>
      ) : null}
      {app.categories.length === 0 ? (
        <p>
          First <Link href="/onboarding/products">choose what you sell</Link> (step 2): the list of documents depends on
          it.
        </p>
      ) : (
        <ul className="space-y-4">
          {current.checklist.map((item) => (
            <li
              key={item.code}
              className="space-y-3 rounded-lg border border-stone-200 bg-white p-5"
              data-testid={`requirement-${item.code}`}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-lg font-semibold">{item.title}</h2>
                <RequirementStateBadge state={item.state} optional={item.optional} />
              </div>
              <p className="text-sm text-stone-700">
                {item.why}{' '}
                {item.sourceUrl ? (
                  <a href={item.sourceUrl} target="_blank" rel="noreferrer">
                    Official source
                  </a>
                ) : null}
                {!item.verified ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-950">
                    Unverified rule — check before relying on it
                  </span>
                ) : null}
              </p>
              <p className="text-sm">{item.detail}</p>
              {item.document ? (
                <p className="text-sm">
                  On file: <a href={`/api/documents/${item.document.id}`}>{item.document.originalName}</a>
                </p>
              ) : null}
              {!locked ? (
                <FileUpload
                  action="/api/applications/documents"
                  hidden={{ requirementCode: item.code }}
                  title={item.title}
                  initialError={
                    errorFor === item.code
                      ? { message: String(sp.error), field: typeof sp.field === 'string' ? sp.field : undefined }
                      : undefined
                  }
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {!locked && app.categories.length ? (
        <p className="mt-8">
          <Link href="/onboarding/review" className="font-semibold">
            Continue to review and submit →
          </Link>
        </p>
      ) : null}
    </div>
  );
}

export default withBusinessFrame(DocumentsStepPage);
