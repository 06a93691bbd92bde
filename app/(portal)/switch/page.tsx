import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SwitchToButton } from '@/components/business/business-switcher';
import { Alert } from '@/components/ui/alert';
import { actingChoice } from '@/db/queries/acting';
import { requireUser } from '@/lib/auth/guards';
import { safePath } from '@/lib/safe-path';
import { withBusinessFrame } from '@/app/(portal)/business-frame';
import { switchBusinessAction } from './actions';

export const metadata: Metadata = { title: 'Switch business' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Two ways here. A link to a page of one business (notifications, e-mails: `to`): it opens directly when
 * the user already works for that business, and otherwise offers to switch. A form refused because its
 * page was for another business (`from`): nothing was saved, and the user may switch back. A business the
 * user cannot act for is never named.
 */
async function SwitchPage({ searchParams }: PageProps<'/switch'>) {
  const actor = await requireUser();
  const sp = await searchParams;
  const next = safePath(sp.next);
  const to = typeof sp.to === 'string' && UUID.test(sp.to) ? sp.to : null;
  const from = typeof sp.from === 'string' ? sp.from : null;
  if (actor.role !== 'business') redirect(next);
  if (to && actor.businessId === to) redirect(next);
  const wanted = to ?? (from && UUID.test(from) ? from : null);
  const choice = wanted ? await actingChoice(actor, wanted) : null;
  const current = actor.acting?.businessName;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{from !== null ? 'Nothing was saved' : 'Switch business'}</h1>
      {from !== null ? (
        <Alert tone="warning" title="That page was for another business">
          <p>
            {choice ? `The page you were on was for ${choice.businessName}. ` : ''}
            {current
              ? `You are now working for ${current}: you switched in another tab, or your access changed.`
              : 'You are not working for a business right now.'}{' '}
            To avoid changing the wrong business, nothing you entered was saved.
          </p>
        </Alert>
      ) : null}
      {choice ? (
        <section className="space-y-3" aria-labelledby="switch-h">
          <h2 id="switch-h" className="text-lg font-semibold">
            {from !== null ? `Go back to ${choice.businessName}` : `This page is for ${choice.businessName}`}
          </h2>
          <p className="text-stone-700">
            {current ? `You are working for ${current}. ` : ''}Switch to {choice.businessName} to open it
            {from !== null ? ' again and enter your changes once more' : ''}.
          </p>
          <SwitchToButton
            choice={{ businessId: choice.businessId, label: choice.businessName }}
            next={next}
            action={switchBusinessAction}
          />
        </section>
      ) : wanted ? (
        <Alert tone="info" title="That business is not available to you">
          <p>Ask its owner to invite you, or choose one of your businesses above.</p>
        </Alert>
      ) : null}
      {current ? (
        <p>
          <Link href="/dashboard">Continue with {current}</Link>
        </p>
      ) : null}
    </div>
  );
}

export default withBusinessFrame(SwitchPage);
