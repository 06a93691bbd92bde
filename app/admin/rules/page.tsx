import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { listDecidedRuleChanges, listProposedRuleChanges, type RuleChangeListRow } from '@/db/queries/rules';
import { requireReviewer } from '@/lib/auth/guards';
import { RULE_CHANGE_KINDS, RULE_CHANGE_LABELS } from '@/lib/domain/rule-changes';
import { getRules } from '@/lib/rules-cache';

export const metadata: Metadata = { title: 'Export rules' };

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function RulesPage({ searchParams }: PageProps<'/admin/rules'>) {
  const actor = await requireReviewer();
  const sp = await searchParams;
  const cursor = typeof sp.cursor === 'string' ? sp.cursor : undefined;
  const [rules, proposed, decided] = await Promise.all([
    getRules(),
    listProposedRuleChanges(actor),
    listDecidedRuleChanges(actor, cursor),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Export rules</h1>
        <p className="text-stone-700">
          Rules version <strong data-testid="rules-version">{rules.version}</strong> · {rules.rules.products.length}{' '}
          products in the catalogue. A change is proposed by one rules editor with its source and effective date, and
          takes effect when a second rules editor approves it; answers for earlier dates keep what was in force then.
        </p>
        <p>
          <Link href="/admin/rules/questions">Questions from sellers about products the rules do not cover</Link>
        </p>
        {actor.rulesEditor ? (
          <nav aria-label="Propose a change" className="flex flex-wrap gap-2">
            {RULE_CHANGE_KINDS.map((kind) => (
              <Link
                key={kind}
                href={`/admin/rules/new?kind=${kind}`}
                className={`${buttonClass('secondary')} no-underline`}
              >
                {RULE_CHANGE_LABELS[kind]}
              </Link>
            ))}
          </nav>
        ) : (
          <Alert tone="info">
            You can read the rules history. Proposing and approving changes needs the rules editor permission, which an
            admin grants on the Users page.
          </Alert>
        )}
      </header>

      <section aria-labelledby="waiting-h" className="space-y-3">
        <h2 id="waiting-h" className="text-xl font-semibold">
          Waiting for a second rules editor ({proposed.length})
        </h2>
        {proposed.length ? <ChangeTable rows={proposed} caption="Proposed changes, oldest first" /> : <p>None.</p>}
      </section>

      <section aria-labelledby="history-h" className="space-y-3">
        <h2 id="history-h" className="text-xl font-semibold">
          History
        </h2>
        {decided.rows.length ? (
          <ChangeTable rows={decided.rows} caption="Decided changes, newest first" decided />
        ) : (
          <p>No change decided yet: the rules are the shipped reference data.</p>
        )}
        <nav aria-label="Pagination" className="flex gap-4">
          {cursor ? <Link href="/admin/rules">Newest</Link> : null}
          {decided.nextCursor ? (
            <Link href={`/admin/rules?cursor=${encodeURIComponent(decided.nextCursor)}`}>Older changes</Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}

function ChangeTable({ rows, caption, decided }: { rows: RuleChangeListRow[]; caption: string; decided?: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              Change
            </th>
            <th scope="col" className="p-2">
              In force from
            </th>
            <th scope="col" className="p-2">
              Proposed by
            </th>
            {decided ? (
              <th scope="col" className="p-2">
                Decision
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ change: c, proposerName, deciderName }) => (
            <tr key={c.id} className="border-b align-top" data-testid={`rule-change-${c.id}`}>
              <td className="p-2">
                <Link href={`/admin/rules/${c.id}`}>{c.summary}</Link>
              </td>
              <td className="p-2">{c.effectiveFrom}</td>
              <td className="p-2">
                {proposerName}, {when.format(c.proposedAt)} UTC
              </td>
              {decided ? (
                <td className="p-2">
                  {c.status}
                  {deciderName ? ` by ${deciderName}` : ''}
                  {c.decidedAt ? `, ${when.format(c.decidedAt)} UTC` : ''}
                  {c.appliedVersion ? ` → version ${c.appliedVersion}` : ''}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
