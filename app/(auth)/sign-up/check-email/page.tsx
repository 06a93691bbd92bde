import type { Metadata } from 'next';
import Link from 'next/link';
import { devMailboxEnabled } from '@/lib/env';

export const metadata: Metadata = { title: 'Check your e-mail' };

export default async function CheckEmailPage({ searchParams }: PageProps<'/sign-up/check-email'>) {
  const { email } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Check your e-mail</h1>
      <p>
        We sent a confirmation link to <strong>{typeof email === 'string' ? email : 'your address'}</strong>. Open it to
        confirm your address, then sign in. You can start your application before confirming, but you will need to
        confirm before you submit it.
      </p>
      <p>
        <Link href="/sign-in">Go to sign in</Link>
      </p>
      {devMailboxEnabled() ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
          Running locally? No e-mail leaves this machine: open the <Link href="/dev/mailbox">development mailbox</Link>.
        </p>
      ) : null}
    </div>
  );
}
