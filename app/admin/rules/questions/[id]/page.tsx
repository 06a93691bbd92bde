import type { Metadata } from 'next';
import Link from 'next/link';
import { QuestionCard } from '@/components/rules/question-card';
import { Alert } from '@/components/ui/alert';
import { getRuleQuestion } from '@/db/queries/rule-questions';
import { requireReviewer } from '@/lib/auth/guards';
import { loadOr404 } from '@/lib/load-or-404';
import { ANSWER_MAX } from '@/lib/validation/rule-question';
import { AnswerForm } from './answer-form';

export const metadata: Metadata = { title: 'Question about a product' };

export default async function AdminQuestionPage({ params, searchParams }: PageProps<'/admin/rules/questions/[id]'>) {
  const actor = await requireReviewer();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const q = await loadOr404(id, (qid) => getRuleQuestion(actor, qid));
  const checkHref = `/export-check?${new URLSearchParams({ hs: q.hs6, state: q.originState, ...(q.channel ? { channel: q.channel } : {}) })}`;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p>
          <Link href="/admin/rules/questions">Questions about products</Link>
        </p>
        <h1 className="text-2xl font-bold">
          {q.product} (HS {q.hs6})
        </h1>
        <p className="text-stone-700">
          Asked by {q.askerName} ({q.askerEmail}){q.businessName ? ` for ${q.businessName}` : ''}.{' '}
          <Link href={checkHref}>See what the self-check answers today</Link>.
        </p>
      </header>
      {sp.answered ? <Alert tone="success" title="Answer sent. The seller has been told." /> : null}
      <QuestionCard q={q} />
      {q.status === 'open' ? (
        actor.rulesEditor ? (
          <AnswerForm id={q.id} max={ANSWER_MAX} />
        ) : (
          <Alert tone="info">
            Answering needs the rules editor permission, which an admin grants on the Users page.
          </Alert>
        )
      ) : null}
    </div>
  );
}
