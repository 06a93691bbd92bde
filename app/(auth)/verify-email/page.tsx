import type { Metadata } from 'next';
import Link from 'next/link';
import { verifyEmailAddress } from '@/db/mutations/auth';
import { Alert } from '@/components/ui/alert';
import { getActor } from '@/lib/auth/guards';
import { homePath } from '@/lib/home-path';
import { tokenSchema } from '@/lib/validation/auth';
import { SignInForm } from '../sign-in/sign-in-form';

export const metadata: Metadata = { title: 'Confirm your e-mail' };

// Confirming does not sign anyone in: the link is a bearer token that mail scanners open and people
// forward, so whoever holds it proves the address, not who they are. The sign-in form sits on this
// page with the address filled in instead, so the newcomer types only the password.
export default async function VerifyEmailPage({ searchParams }: PageProps<'/verify-email'>) {
  const { token } = await searchParams;
  const parsed = tokenSchema.safeParse(token);
  const email = parsed.success ? await verifyEmailAddress(parsed.data) : null;
  if (!email) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">This link does not work</h1>
        <p>
          The link has expired, was already used, or is incomplete. Ask for a new one on the{' '}
          <Link href="/sign-up/check-email">check your e-mail</Link> page, or sign in and use “Send a new link” on your
          dashboard. <Link href="/sign-in">Sign in</Link>
        </p>
      </div>
    );
  }
  const actor = await getActor();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Your e-mail is confirmed</h1>
      {actor ? (
        <p>
          Thank you. <Link href={homePath(actor.role)}>Continue where you left off</Link>.
        </p>
      ) : (
        <>
          <Alert tone="success">{email} is confirmed. Sign in with your password to continue your application.</Alert>
          <SignInForm email={email} />
          <p className="text-sm">
            <Link href="/forgot-password">Forgot your password?</Link>
          </p>
        </>
      )}
    </div>
  );
}
