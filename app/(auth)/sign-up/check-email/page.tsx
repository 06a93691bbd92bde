import type { Metadata } from 'next';
import Link from 'next/link';
import { devMailboxEnabled } from '@/lib/env';
import { safePath } from '@/lib/safe-path';
import { emailSchema } from '@/lib/validation/auth';
import { ResendForm } from './resend-form';

export const metadata: Metadata = { title: 'Check your e-mail' };

export default async function CheckEmailPage({ searchParams }: PageProps<'/sign-up/check-email'>) {
  const sp = await searchParams;
  const parsed = emailSchema.safeParse(sp.email);
  const email = parsed.success ? parsed.data : undefined;
  const next = safePath(sp.next, '');
  const signIn = `/sign-in?${new URLSearchParams({ ...(email ? { email } : {}), ...(next ? { next } : {}) })}`;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Check your e-mail</h1>
        <p>
          We sent a confirmation link to <strong>{email ?? 'your address'}</strong>. Open it to confirm your address;
          the page it opens lets you sign in straight away. You can also{' '}
          <Link href={signIn}>sign in now and start your application</Link>: you will need to confirm before you submit
          it.
        </p>
      </div>
      {devMailboxEnabled() ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
          Running locally? No e-mail leaves this machine: open the <Link href="/dev/mailbox">development mailbox</Link>.
        </p>
      ) : null}
      <ResendForm email={email} />
    </div>
  );
}
