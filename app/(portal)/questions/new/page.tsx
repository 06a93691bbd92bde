import type { Metadata } from 'next';
import Link from 'next/link';
import { AskQuestionForm } from '@/components/rules/ask-question-form';
import { requireUser } from '@/lib/auth/guards';
import { CHANNELS, US_STATES } from '@/lib/domain/export-rules';
import { QUESTION_DETAILS_MAX, QUESTION_PRODUCT_MAX } from '@/lib/validation/rule-question';
import { askRuleQuestionAction } from '../actions';

export const metadata: Metadata = { title: 'Ask us about a product' };

const one = (v: string | string[] | undefined, max: number) => (typeof v === 'string' ? v.slice(0, max) : undefined);

export default async function AskQuestionPage({ searchParams }: PageProps<'/questions/new'>) {
  await requireUser();
  const sp = await searchParams;
  // Prefilled from the self-check or a listing; the server validates whatever arrives on submit.
  const defaults = {
    hs: one(sp.hs, 40),
    product: one(sp.product, QUESTION_PRODUCT_MAX),
    state: one(sp.state, 2)?.toUpperCase(),
    channel: one(sp.channel, 40),
  };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Ask us about a product</h1>
        <p className="max-w-3xl text-stone-700">
          Our export rules do not cover every product yet. Tell us what you want to sell and a rules editor will look up
          what China requires for it, with the official sources. We will tell you here and by e-mail when there is an
          answer, usually within a few working days.
        </p>
        <p>
          <Link href="/questions">Your questions</Link>
        </p>
      </header>
      <AskQuestionForm
        action={askRuleQuestionAction}
        defaults={defaults}
        states={Object.entries(US_STATES).map(([code, s]) => ({ value: code, label: s.en }))}
        channels={CHANNELS.map((c) => ({ value: c.code, label: c.label }))}
        productMax={QUESTION_PRODUCT_MAX}
        detailsMax={QUESTION_DETAILS_MAX}
      />
    </div>
  );
}
