import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/status/status-badge';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { getMyApplication } from '@/db/queries/applications';
import { requireBusiness } from '@/lib/auth/guards';
import { isEditable } from '@/lib/domain/application-status';
import { resendVerificationAction } from '../settings/actions';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const actor = await requireBusiness();
  const current = await getMyApplication(actor);
  const app = current?.application;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Welcome, {actor.name}</h1>
      {!actor.emailVerified ? (
        <Alert tone="warning" title="Please confirm your e-mail">
          <p>We sent a link to {actor.email}. You can fill in your application now; you will need to confirm before you submit it.</p>
          <form action={resendVerificationAction} className="mt-2">
            <button type="submit" className="underline">
              Send a new link
            </button>
          </form>
        </Alert>
      ) : null}
      <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-6" aria-labelledby="app-h">
        <h2 id="app-h" className="text-lg font-semibold">
          Your application
        </h2>
        {!app ? (
          <>
            <p className="text-stone-700">Tell us about your business and what you sell. Your answers are saved at every step, and you can finish on any device.</p>
            <Link href="/onboarding" className={`${buttonClass()} no-underline`}>
              Start your application
            </Link>
          </>
        ) : (
          <>
            <p className="flex items-center gap-2">
              {current.business.legalName || 'Your business'} <StatusBadge status={app.status} />
            </p>
            {isEditable(app.status) ? (
              <>
                <p className="text-stone-700">
                  {app.stepsDone.filter((s) => s <= 4).length} of 4 steps saved · {current.blockers.length} thing{current.blockers.length === 1 ? '' : 's'} left before you can submit.
                </p>
                <Link href="/onboarding" className={`${buttonClass()} no-underline`}>
                  Continue your application
                </Link>
              </>
            ) : (
              <Link href="/onboarding/status" className={`${buttonClass('secondary')} no-underline`}>
                See status and history
              </Link>
            )}
          </>
        )}
      </section>
    </div>
  );
}
