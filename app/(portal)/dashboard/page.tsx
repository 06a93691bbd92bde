import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { requireBusiness } from '@/lib/auth/guards';
import { resendVerificationAction } from '../settings/actions';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const actor = await requireBusiness();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Welcome, {actor.name}</h1>
      {!actor.emailVerified ? (
        <Alert tone="warning" title="Please confirm your e-mail">
          <p>We sent a link to {actor.email}. You can fill in your application now; you will need to confirm before you submit it.</p>
          <form action={resendVerificationAction} className="mt-2">
            <button type="submit" className="underline">
              Send a new link
            </button>
          </form>
        </Alert>
      ) : null}
      <section className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 className="text-lg font-semibold">Your next step</h2>
        <p className="mt-1 text-stone-700">Tell us about your business and what you sell. Your answers are saved at every step.</p>
        <Link href="/onboarding" className={`${buttonClass()} mt-4 no-underline`}>
          Start your application
        </Link>
      </section>
    </div>
  );
}
