import type { Metadata } from 'next';
import Link from 'next/link';
import { safePath } from '@/lib/safe-path';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create your account' };

export default async function SignUpPage({ searchParams }: PageProps<'/sign-up'>) {
  const sp = await searchParams;
  const next = safePath(sp.next, '') || undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Create your free account</h1>
      <p className="text-stone-700">It takes a minute. You can save your application and come back to it any time.</p>
      <SignUpForm next={next} />
      <p className="text-sm">
        Already have an account?{' '}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>Sign in</Link>
      </p>
    </div>
  );
}
