import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listDevMailbox } from '@/db/queries/outbox';
import { Shell } from '@/app/shell';
import { devMailboxEnabled } from '@/lib/env';

export const metadata: Metadata = { title: 'Development mailbox', robots: { index: false } };

const fmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });

/** Linkifies URLs in a plain-text body without ever rendering the message's HTML. */
function Body({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <pre className="whitespace-pre-wrap font-sans text-sm">
      {parts.map((p, i) =>
        /^https?:\/\//.test(p) ? (
          <a key={i} href={p}>
            {p}
          </a>
        ) : (
          p
        ),
      )}
    </pre>
  );
}

export default async function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const messages = await listDevMailbox();
  return (
    <Shell wide>
      <h1 className="text-2xl font-bold">Development mailbox</h1>
      <p className="mt-2 text-stone-700">
        Outgoing e-mail waits here when no SMTP server is configured. This page does not exist in production.
      </p>
      <ol className="mt-6 space-y-4">
        {messages.map((m) => (
          <li key={m.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <article aria-label={m.subject}>
              <h2 className="font-semibold">{m.subject}</h2>
              <p className="text-sm text-stone-600">
                To {m.toAddress} · {fmt.format(m.createdAt)} · {m.status}
              </p>
              <div className="mt-2">
                <Body text={m.textBody} />
              </div>
            </article>
          </li>
        ))}
      </ol>
      {messages.length === 0 ? <p className="mt-6">No messages yet.</p> : null}
    </Shell>
  );
}
