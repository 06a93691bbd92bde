import Link from 'next/link';

export const STEPS = [
  { n: 1, slug: 'business', title: 'Your business' },
  { n: 2, slug: 'products', title: 'What you sell' },
  { n: 3, slug: 'registrations', title: 'Registrations you hold' },
  { n: 4, slug: 'documents', title: 'Documents' },
  { n: 5, slug: 'review', title: 'Review and submit' },
] as const;

/** "Step 2 of 5", a progress bar and links to every step, marking the ones already saved. */
export function StepNav({
  current,
  done,
  missingCount,
}: {
  current: number;
  done: readonly number[];
  missingCount?: number;
}) {
  const step = STEPS[current - 1]!;
  const pct = Math.round((done.filter((d) => d <= 4).length / 4) * 100);
  return (
    <div className="mb-8 space-y-3">
      <p className="text-sm font-semibold text-green-900">
        Step {current} of {STEPS.length}: {step.title}
      </p>
      <div
        className="h-2 w-full rounded bg-stone-200"
        role="progressbar"
        aria-label="Application progress"
        aria-valuenow={pct}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <div className="h-2 rounded bg-green-800" style={{ width: `${pct}%` }} />
      </div>
      <nav aria-label="Application steps">
        <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {STEPS.map((s) => (
            <li key={s.n}>
              <Link
                href={`/onboarding/${s.slug}`}
                aria-current={s.n === current ? 'step' : undefined}
                className={s.n === current ? 'font-semibold text-stone-900' : 'text-stone-700'}
              >
                {done.includes(s.n) ? '✓ ' : ''}
                {s.n}. {s.title}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      {missingCount ? (
        <p className="text-sm text-stone-700">
          {missingCount} thing{missingCount === 1 ? '' : 's'} still missing before you can submit.{' '}
          <Link href="/onboarding/review">See the list</Link>
        </p>
      ) : null}
    </div>
  );
}
