import type { Metadata } from 'next';
import Link from 'next/link';
import { verifyEmail } from '@/db/mutations/auth';
import { tokenSchema } from '@/lib/validation/auth';

export const metadata: Metadata = { title: 'Confirm your e-mail' };

export default async function VerifyEmailPage({ searchParams }: PageProps<'/verify-email'>) {
  const { token } = await searchParams;
  const parsed = tokenSchema.safeParse(token);
  const ok = parsed.success ? await verifyEmail(parsed.data) : false;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{ok ? 'Your e-mail is confirmed' : 'This link does not work'}</h1>
      {ok ? (
        <p>
          Thank you. <Link href="/sign-in?verified=1">Sign in</Link> to continue your application.
        </p>
      ) : (
        <p>
          The link has expired, was already used, or is incomplete. Sign in and use “Send a new link” on your dashboard
          or settings page. <Link href="/sign-in">Sign in</Link>
        </p>
      )}
    </div>
  );
}
