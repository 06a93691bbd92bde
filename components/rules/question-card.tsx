import { CHANNELS, US_STATES } from '@/lib/domain/export-rules';

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export interface QuestionView {
  hs6: string;
  product: string;
  originState: string;
  channel: string | null;
  details: string | null;
  status: 'open' | 'answered';
  askedAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  answeredByName: string | null;
}

export const channelLabel = (code: string | null) =>
  code ? (CHANNELS.find((c) => c.code === code)?.label ?? code) : 'Any channel';
export const stateName = (code: string) => US_STATES[code as keyof typeof US_STATES]?.en ?? code;

/** A question and, once there is one, its answer: shown to the asker and to rules staff alike. */
export function QuestionCard({ q }: { q: QuestionView }) {
  return (
    <div className="space-y-4">
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Product</dt>
        <dd>{q.product}</dd>
        <dt className="font-medium">HS code</dt>
        <dd>{q.hs6}</dd>
        <dt className="font-medium">From</dt>
        <dd>{stateName(q.originState)}</dd>
        <dt className="font-medium">Channel</dt>
        <dd>{channelLabel(q.channel)}</dd>
        {q.details ? (
          <>
            <dt className="font-medium">Details</dt>
            <dd className="whitespace-pre-wrap">{q.details}</dd>
          </>
        ) : null}
        <dt className="font-medium">Asked</dt>
        <dd>{when.format(q.askedAt)} UTC</dd>
      </dl>
      <section aria-labelledby="answer-h" className="space-y-2">
        <h2 id="answer-h" className="text-xl font-semibold">
          Answer
        </h2>
        {q.status === 'answered' && q.answer ? (
          <div className="rounded-lg border border-green-700 bg-green-50 p-4">
            <p className="whitespace-pre-wrap">{q.answer}</p>
            <p className="mt-2 text-sm text-stone-700">
              Answered by {q.answeredByName ?? 'a rules editor'} on {when.format(q.answeredAt!)} UTC.
            </p>
          </div>
        ) : (
          <p>
            Not answered yet. Our rules editors research the official sources; we will tell you here and by e-mail when
            there is an answer.
          </p>
        )}
      </section>
    </div>
  );
}
