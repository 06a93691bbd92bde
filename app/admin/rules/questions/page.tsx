import type { Metadata } from 'next';
import Link from 'next/link';
import { channelLabel, stateName } from '@/components/rules/question-card';
import { listRuleQuestions } from '@/db/queries/rule-questions';
import { requireReviewer } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Questions about products' };

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function AdminQuestionsPage({ searchParams }: PageProps<'/admin/rules/questions'>) {
  const actor = await requireReviewer();
  const sp = await searchParams;
  const status = sp.status === 'answered' ? 'answered' : 'open';
  const cursor = typeof sp.cursor === 'string' ? sp.cursor : undefined;
  const page = await listRuleQuestions(actor, status, cursor);
  const tab = (s: 'open' | 'answered', label: string) => (
    <Link
      href={`/admin/rules/questions?status=${s}`}
      aria-current={status === s ? 'page' : undefined}
      className={status === s ? 'font-semibold text-stone-900' : ''}
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href="/admin/rules">Export rules</Link>
        </p>
        <h1 className="text-2xl font-bold">Questions about products</h1>
        <p className="max-w-3xl text-stone-700">
          Sellers ask when the rules do not cover their product. A rules editor answers; the seller is told in the app
          and by e-mail. Where the rules need a change, propose it from the Export rules page as well.
        </p>
        <nav aria-label="Question status" className="flex gap-4">
          {tab('open', 'Waiting for an answer')}
          {tab('answered', 'Answered')}
        </nav>
      </header>
      {page.rows.length === 0 ? (
        <p>{status === 'open' ? 'No question is waiting.' : 'No question has been answered yet.'}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              {status === 'open' ? 'Questions waiting for an answer, oldest first' : 'Answered questions, newest first'}
            </caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-4">
                  Product
                </th>
                <th scope="col" className="py-2 pr-4">
                  HS
                </th>
                <th scope="col" className="py-2 pr-4">
                  From
                </th>
                <th scope="col" className="py-2 pr-4">
                  Channel
                </th>
                <th scope="col" className="py-2 pr-4">
                  Asked by
                </th>
                <th scope="col" className="py-2 pr-4">
                  Asked
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((q) => (
                <tr key={q.id} className="border-b border-stone-200">
                  <td className="py-2 pr-4">
                    <Link href={`/admin/rules/questions/${q.id}`}>{q.product}</Link>
                  </td>
                  <td className="py-2 pr-4">{q.hs6}</td>
                  <td className="py-2 pr-4">{stateName(q.originState)}</td>
                  <td className="py-2 pr-4">{channelLabel(q.channel)}</td>
                  <td className="py-2 pr-4">
                    {q.askerName}
                    {q.businessName ? `, ${q.businessName}` : ''}
                  </td>
                  <td className="py-2 pr-4">{when.format(q.askedAt)} UTC</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.nextCursor ? (
        <Link href={`/admin/rules/questions?status=${status}&cursor=${page.nextCursor}`}>More questions</Link>
      ) : null}
    </div>
  );
}
