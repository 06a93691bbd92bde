'use client';

import Link from 'next/link';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p>Your data is safe. Please try again; if it keeps happening, contact support and quote this reference:</p>
      <p className="font-mono text-sm" data-testid="error-reference">
        {error.digest ?? 'unavailable'}
      </p>
      <div className="flex gap-4">
        <button type="button" onClick={reset} className="underline">
          Try again
        </button>
        <Link href="/">Go to the home page</Link>
      </div>
    </main>
  );
}
