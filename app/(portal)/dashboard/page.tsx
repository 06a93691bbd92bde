import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/status/status-badge';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { getMyApplication } from '@/db/queries/applications';
import { getExpiryFlags } from '@/db/queries/expiry-flags';
import { can } from '@/lib/auth/actor';
import { requireBusiness } from '@/lib/auth/guards';
import { isEditable } from '@/lib/domain/application-status';
import { APPLICATION_REQUIREMENTS } from '@/lib/rules';
import { resendVerificationAction } from '../settings/actions';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

function registrationTitle(code: string) {
  return APPLICATION_REQUIREMENTS.find((a) => a.code === code)?.title ?? code.replaceAll('_', ' ');
}

function Dependents({
  label,
  items,
  href,
}: {
  label: string;
  items: { id: string; label: string }[];
  href: (id: string) => string;
}) {
  if (!items.length) return null;
  return (
    <p className="mt-2">
      {label}:{' '}
      {items.map((item, i) => (
        <span key={item.id}>
          {i ? ', ' : ''}
          <Link href={href(item.id)}>{item.label}</Link>
        </span>
      ))}
      .
    </p>
  );
}

export const metadata: Metadata = { title: 'Dashboard' };

async function DashboardPage() {
  const actor = await requireBusiness();
  const [current, expiry] = await Promise.all([getMyApplication(actor), getExpiryFlags(actor)]);
  const app = current?.application;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Welcome, {actor.name}</h1>
      {!actor.emailVerified ? (
        <Alert tone="warning" title="Please confirm your e-mail">
          <p>
            We sent a link to {actor.email}. You can fill in your application now; you will need to confirm before you
            submit it.
          </p>
          <form action={resendVerificationAction} className="mt-2">
            <button type="submit" className="underline">
              Send a new link
            </button>
          </form>
        </Alert>
      ) : null}
      {expiry.map((r) => (
        <Alert key={r.code} tone="error" title={`Your ${registrationTitle(r.code)} expired on ${r.expiresOn}`}>
          <p>
            Registration {r.number} is no longer valid. Goods that need it can be held or returned at China customs.
            Renew it, then enter the new expiry date on <Link href="/registrations">Registrations</Link>.
          </p>
          <Dependents label="Live listings that need it" items={r.listings} href={(id) => `/products/${id}`} />
          <Dependents label="Open shipments that need it" items={r.shipments} href={(id) => `/shipments/${id}`} />
        </Alert>
      ))}
      <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-6" aria-labelledby="app-h">
        <h2 id="app-h" className="text-lg font-semibold">
          Your application
        </h2>
        {!app ? (
          <>
            <p className="text-stone-700">
              Tell us about your business and what you sell. Your answers are saved at every step, and you can finish on
              any device.
            </p>
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
                  {app.stepsDone.filter((s) => s <= 4).length} of 4 steps saved · {current.blockers.length} thing
                  {current.blockers.length === 1 ? '' : 's'} left before you can submit.
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
      {app?.status === 'approved' && (can(actor, 'listings:write') || can(actor, 'shipments:write')) ? (
        <section className="space-y-3 rounded-lg border border-green-200 bg-white p-6" aria-labelledby="next-h">
          <h2 id="next-h" className="text-lg font-semibold">
            Next steps
          </h2>
          <ol className="list-decimal space-y-1 pl-6 text-stone-700">
            <li>List a product in English and Chinese: a reviewer checks it, then it goes live on the storefront.</li>
            <li>Plan a shipment: we list the documents it needs and track it until it is delivered.</li>
          </ol>
          <div className="flex flex-wrap gap-3">
            {can(actor, 'listings:write') ? (
              <Link href="/products/new" className={`${buttonClass()} no-underline`}>
                Create a listing
              </Link>
            ) : null}
            {can(actor, 'shipments:write') ? (
              <Link href="/shipments/new" className={`${buttonClass('secondary')} no-underline`}>
                Plan a shipment
              </Link>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}

export default withBusinessFrame(DashboardPage);
