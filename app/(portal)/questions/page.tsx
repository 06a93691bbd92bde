import type { Metadata } from 'next';
import Link from 'next/link';
import { channelLabel, stateName } from '@/components/rules/question-card';
import { buttonClass } from '@/components/ui/button';
import { listMyRuleQuestions } from '@/db/queries/rule-questions';
import { requireUser } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Your questions' };

const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export default async function QuestionsPage({ searchParams }: PageProps<'/questions'>) {
  const actor = await requireUser();
  const { cursor } = await searchParams;
  const page = await listMyRuleQuestions(actor, typeof cursor === 'string' ? cursor : undefined);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Your questions about products</h1>
        <Link href="/questions/new" className={`${buttonClass()} no-underline`}>
          Ask about a product
        </Link>
      </header>
      {page.rows.length === 0 ? (
        <p>
          You have not asked anything yet. When the <Link href="/export-check">self-check</Link> says a product’s rules
          have not been assessed, ask us and a rules editor will look them up.
        </p>
      ) : (
        <ul className="space-y-3">
          {page.rows.map((q) => (
            <li key={q.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="font-semibold">
                <Link href={`/questions/${q.id}`}>
                  {q.product} (HS {q.hs6})
                </Link>
              </h2>
              <p className="text-sm text-stone-700">
                {stateName(q.originState)} · {channelLabel(q.channel)} · asked {day.format(q.askedAt)} ·{' '}
                <strong>{q.status === 'answered' ? 'Answered' : 'Waiting for an answer'}</strong>
              </p>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? <Link href={`/questions?cursor=${page.nextCursor}`}>Older questions</Link> : null}
    </div>
  );
}
