import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { requireUser } from '@/lib/auth/guards';
import { resendVerificationAction, signOutEverywhereAction } from './actions';
import { ChangePasswordForm } from './change-password-form';
import { NotificationPreferenceForm } from './notification-form';
import { getEmailNotifications } from '@/db/queries/preferences';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage({ searchParams }: PageProps<'/settings'>) {
  const actor = await requireUser();
  const [{ sent }, emailNotifications] = await Promise.all([
    searchParams,
    actor.role === 'business' ? getEmailNotifications(actor) : true,
  ]);
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">Settings</h1>
      <section aria-labelledby="account" className="space-y-2">
        <h2 id="account" className="text-lg font-semibold">
          Account
        </h2>
        <p>
          {actor.name} · {actor.email} · {actor.emailVerified ? 'e-mail confirmed' : 'e-mail not confirmed yet'}
        </p>
        {sent === 'limited' ? (
          <Alert tone="error">
            We already sent several e-mails to this address in the last hour. Please check your inbox and spam folder,
            or try again in an hour.
          </Alert>
        ) : sent ? (
          <Alert tone="success">We sent a new confirmation link.</Alert>
        ) : null}
        {!actor.emailVerified ? (
          <form action={resendVerificationAction}>
            <button type="submit" className={buttonClass('secondary')}>
              Send a new confirmation link
            </button>
          </form>
        ) : null}
      </section>
      {actor.role === 'business' ? (
        <section aria-labelledby="notify-h" className="max-w-xl space-y-2">
          <h2 id="notify-h" className="text-lg font-semibold">
            Notifications
          </h2>
          <NotificationPreferenceForm emailNotifications={emailNotifications} />
        </section>
      ) : null}
      <section aria-labelledby="pw" className="max-w-md space-y-4">
        <h2 id="pw" className="text-lg font-semibold">
          Change password
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions" className="space-y-2">
        <h2 id="sessions" className="text-lg font-semibold">
          Sessions
        </h2>
        <p>Lost a phone or used a shared computer? Sign out on every device, including this one.</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={buttonClass('danger')}>
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  );
}
