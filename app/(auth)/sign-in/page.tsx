import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { getActor } from '@/lib/auth/guards';
import { homePath } from '@/lib/home-path';
import { emailSchema } from '@/lib/validation/auth';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const sp = await searchParams;
  const next = typeof sp.next === 'string' ? sp.next : undefined;
  const email = emailSchema.safeParse(sp.email);
  const actor = await getActor();
  if (actor) redirect(homePath(actor.role));
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      {sp.reset ? <Alert tone="success">Your password was changed. Sign in with the new one.</Alert> : null}
      {sp.verified ? <Alert tone="success">Your e-mail is confirmed. Sign in to continue.</Alert> : null}
      <SignInForm next={next} email={email.success ? email.data : undefined} />
      <p className="text-sm">
        <Link href="/forgot-password">Forgot your password?</Link> · New here?{' '}
        <Link href="/sign-up">Create a free account</Link>
      </p>
    </div>
  );
}
