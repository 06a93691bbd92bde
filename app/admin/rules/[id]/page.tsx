import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { getRuleChange } from '@/db/queries/rules';
import { requireReviewer } from '@/lib/auth/guards';
import { loadOr404 } from '@/lib/load-or-404';
import { RULE_CHANGE_LABELS, type RuleChangeKind } from '@/lib/domain/rule-changes';
import { getRules } from '@/lib/rules-cache';
import { withdrawRuleChangeAction } from '../actions';
import { DecisionForm } from './decision-form';

export const metadata: Metadata = { title: 'Rules change' };

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function RuleChangePage({ params, searchParams }: PageProps<'/admin/rules/[id]'>) {
  const actor = await requireReviewer();
  const { id } = await params;
  const sp = await searchParams;
  const row = await loadOr404(id, () => getRuleChange(actor, id));
  const { change: c, proposerName, deciderName } = row;
  const rules = await getRules();
  const source = c.provenance.sourceId ? rules.rules.sources[c.provenance.sourceId] : c.provenance.newSource;
  const own = c.proposedBy === actor.userId;
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/rules">← Export rules</Link>
      </p>
      <h1 className="text-2xl font-bold">{c.summary}</h1>
      {sp.proposed ? (
        <Alert tone="success" title="Proposed">
          A second rules editor must approve it before it takes effect.
        </Alert>
      ) : null}
      {sp.decided ? <Alert tone="success" title={`Change ${c.status}`} /> : null}
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Kind</dt>
        <dd>{RULE_CHANGE_LABELS[c.kind as RuleChangeKind] ?? c.kind}</dd>
        <dt className="font-semibold">In force from</dt>
        <dd>{c.effectiveFrom}</dd>
        <dt className="font-semibold">Source</dt>
        <dd data-testid="change-source">
          {source ? (
            <>
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer external">
                  {source.title}
                </a>
              ) : (
                source.title
              )}{' '}
              ({source.kind === 'primary' ? 'primary: a regulator or government body' : 'secondary'}
              {c.provenance.sourceId ? `, ${c.provenance.sourceId}` : ', new'})
            </>
          ) : (
            c.provenance.sourceId
          )}
        </dd>
        <dt className="font-semibold">Why</dt>
        <dd className="whitespace-pre-line">{c.rationale}</dd>
        <dt className="font-semibold">Proposed</dt>
        <dd>
          {proposerName}, {when.format(c.proposedAt)} UTC, against rules version {c.baseVersion}
        </dd>
        <dt className="font-semibold">Status</dt>
        <dd data-testid="change-status">
          {c.status}
          {deciderName ? ` by ${deciderName}` : ''}
          {c.decidedAt ? `, ${when.format(c.decidedAt)} UTC` : ''}
          {c.appliedVersion ? ` (rules version ${c.appliedVersion})` : ''}
          {c.decisionNote ? ` — “${c.decisionNote}”` : ''}
        </dd>
      </dl>

      {c.status === 'proposed' && actor.rulesEditor ? (
        own ? (
          <section aria-labelledby="own-h" className="space-y-3">
            <h2 id="own-h" className="text-lg font-semibold">
              Your proposal
            </h2>
            <p>A second rules editor must approve or reject it. You can withdraw it until then.</p>
            <form action={withdrawRuleChangeAction}>
              <input type="hidden" name="id" value={c.id} />
              <button type="submit" className="underline">
                Withdraw this proposal
              </button>
            </form>
          </section>
        ) : (
          <DecisionForm id={c.id} />
        )
      ) : null}
    </div>
  );
}
