import type { Metadata } from 'next';
import { ViewOnlyNotice } from '@/components/business/view-only-notice';
import { can } from '@/lib/auth/actor';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { getExpiryFlags } from '@/db/queries/expiry-flags';
import { listMyRegistrations } from '@/db/queries/registrations';
import { requireBusiness } from '@/lib/auth/guards';
import { daysUntilExpiry } from '@/lib/domain/expiry-reminders';
import { APPLICATION_REQUIREMENTS } from '@/lib/rules';
import { RenewForm } from './renew-form';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Registrations' };

function titleOf(code: string) {
  return APPLICATION_REQUIREMENTS.find((a) => a.code === code)?.title ?? code.replaceAll('_', ' ');
}

function validity(expiresOn: string | null, now: Date): { text: string; tone: string } {
  if (!expiresOn) return { text: 'No expiry date on file', tone: 'bg-stone-100 text-stone-800' };
  const left = daysUntilExpiry(expiresOn, now);
  if (left < 0) return { text: `Expired on ${expiresOn}`, tone: 'bg-red-100 text-red-900' };
  if (left <= 90)
    return {
      text: `Expires in ${left} day${left === 1 ? '' : 's'} (${expiresOn})`,
      tone: 'bg-amber-100 text-amber-950',
    };
  return { text: `Valid through ${expiresOn}`, tone: 'bg-green-100 text-green-950' };
}

async function RegistrationsPage() {
  const actor = await requireBusiness();
  const [regs, flags] = await Promise.all([listMyRegistrations(actor), getExpiryFlags(actor)]);
  const now = new Date();
  const canRenew = can(actor, 'application:prepare');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Registrations</h1>
      <p className="max-w-3xl text-stone-700">
        Registrations you gave in your application. When one is renewed, enter the new expiry date here: we remind you
        90, 30 and 7 days before a registration expires, and once it has expired we flag the listings and shipments that
        need it.
      </p>
      {regs.length && !canRenew ? <ViewOnlyNotice actor={actor} what="these registrations" /> : null}
      {regs.length === 0 ? (
        <p>
          No registrations on file. They are asked for in{' '}
          <Link href="/onboarding/registrations">step 3 of your application</Link> when your products need them.
        </p>
      ) : null}
      <ul className="space-y-4">
        {regs.map((r) => {
          const s = validity(r.expiresOn, now);
          const flag = flags.find((f) => f.code === r.code);
          return (
            <li
              key={r.id}
              className="space-y-3 rounded-lg border border-stone-200 bg-white p-5"
              aria-labelledby={`reg-${r.code}`}
            >
              <h2 id={`reg-${r.code}`} className="text-lg font-semibold">
                {titleOf(r.code)}
              </h2>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span>
                  {r.number} · {r.issuer}
                </span>
                <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${s.tone}`}>{s.text}</span>
              </p>
              {flag && (flag.listings.length || flag.shipments.length) ? (
                <Alert tone="warning">
                  Needed by {flag.listings.length} live listing{flag.listings.length === 1 ? '' : 's'} and{' '}
                  {flag.shipments.length} open shipment{flag.shipments.length === 1 ? '' : 's'}.
                </Alert>
              ) : null}
              {canRenew ? (
                <RenewForm code={r.code} title={titleOf(r.code)} number={r.number} issuer={r.issuer} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export default withBusinessFrame(RegistrationsPage);
