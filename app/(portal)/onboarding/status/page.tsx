import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { StatusBadge } from '@/components/status/status-badge';
import { Timeline } from '@/components/status/timeline';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { getMyApplication } from '@/db/queries/applications';
import { requireBusiness } from '@/lib/auth/guards';
import type { ApplicationStatus } from '@/lib/domain/application-status';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Your application' };

const NEXT_STEP: Record<ApplicationStatus, string> = {
  draft: 'Finish the steps and submit your application.',
  submitted:
    'Nothing to do now. Your application is in the queue; a reviewer usually starts within a few working days. We will e-mail you.',
  in_review:
    'Nothing to do now. A reviewer is checking your application and documents. We will e-mail you with the decision or if anything needs to change.',
  changes_requested: 'Make the changes the reviewer asked for below, then submit your application again.',
  approved: 'You are approved. Next: create your product listings.',
  rejected: 'Your application was not approved. Read the reason below; if things change, contact us.',
  suspended:
    'Your approval is suspended and your listings are hidden. Read the reason below and contact us to resolve it.',
};

async function ApplicationStatusPage() {
  const actor = await requireBusiness();
  const current = await getMyApplication(actor);
  if (!current) redirect('/onboarding/business');
  const { application: app, checklist, events } = current;
  const lastRequest = [...events].reverse().find((e) => e.action === 'requestChanges');
  const rejectedDocs = checklist.filter((i) => i.state === 'rejected');
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Your application</h1>
        <p className="flex items-center gap-2">
          Status: <StatusBadge status={app.status} />
        </p>
      </div>
      <Alert
        tone={app.status === 'approved' ? 'success' : app.status === 'changes_requested' ? 'warning' : 'info'}
        title="What happens next"
      >
        <p>{NEXT_STEP[app.status]}</p>
      </Alert>
      {app.status === 'changes_requested' ? (
        <section aria-labelledby="changes" className="space-y-3 rounded-lg border border-amber-300 bg-white p-5">
          <h2 id="changes" className="text-lg font-semibold">
            What the reviewer asked for
          </h2>
          {lastRequest?.message ? (
            <p className="whitespace-pre-wrap" data-testid="reviewer-message">
              {lastRequest.message}
            </p>
          ) : null}
          {rejectedDocs.length ? (
            <ul className="list-disc pl-5">
              {rejectedDocs.map((d) => (
                <li key={d.code}>
                  <strong>{d.title}</strong>: {d.document?.reviewReason}
                </li>
              ))}
            </ul>
          ) : null}
          <Link href="/onboarding/documents" className={`${buttonClass()} no-underline`}>
            Fix and resubmit
          </Link>
        </section>
      ) : null}
      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className="text-lg font-semibold">
          History
        </h2>
        <Timeline events={events} staff={false} />
      </section>
    </div>
  );
}

export default withBusinessFrame(ApplicationStatusPage);
