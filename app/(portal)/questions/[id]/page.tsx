import type { Metadata } from 'next';
import Link from 'next/link';
import { QuestionCard } from '@/components/rules/question-card';
import { Alert } from '@/components/ui/alert';
import { getRuleQuestion } from '@/db/queries/rule-questions';
import { requireUser } from '@/lib/auth/guards';
import { loadOr404 } from '@/lib/load-or-404';

export const metadata: Metadata = { title: 'Your question' };

export default async function QuestionPage({ params, searchParams }: PageProps<'/questions/[id]'>) {
  const actor = await requireUser();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const q = await loadOr404(id, (qid) => getRuleQuestion(actor, qid));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Your question about {q.product}</h1>
      {sp.asked ? (
        <Alert tone="success" title="Question sent.">
          A rules editor will answer it; we will tell you here and by e-mail.
        </Alert>
      ) : null}
      {sp.already ? (
        <Alert tone="info" title="You have already asked this.">
          Your earlier question about the same product, state and channel is still open; here it is.
        </Alert>
      ) : null}
      <QuestionCard q={q} />
      <p>
        <Link href="/questions">All your questions</Link>
      </p>
    </div>
  );
}
