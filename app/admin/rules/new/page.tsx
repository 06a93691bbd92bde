import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRulesEditor } from '@/lib/auth/guards';
import { CATEGORIES, CHANNELS, US_STATES } from '@/lib/domain/export-rules';
import { RULE_CHANGE_KINDS, RULE_CHANGE_LABELS, type RuleChangeKind } from '@/lib/domain/rule-changes';
import { ProposeForm } from './propose-form';

export const metadata: Metadata = { title: 'Propose a rules change' };

export default async function NewRuleChangePage({ searchParams }: PageProps<'/admin/rules/new'>) {
  await requireRulesEditor();
  const sp = await searchParams;
  const kind = RULE_CHANGE_KINDS.find((k) => k === sp.kind) as RuleChangeKind | undefined;
  if (!kind) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/rules">← Export rules</Link>
      </p>
      <h1 className="text-2xl font-bold">Propose: {RULE_CHANGE_LABELS[kind]}</h1>
      <p className="text-stone-700">
        Give the source that supports the change and the first day it is in force. Another rules editor approves it;
        answers for earlier dates keep what was in force then.
      </p>
      <ProposeForm
        kind={kind}
        today={new Date().toISOString().slice(0, 10)}
        states={Object.entries(US_STATES).map(([value, n]) => ({ value, label: `${n.en} (${value})` }))}
        categories={CATEGORIES.map((c) => ({ value: c.code, label: c.label }))}
        channels={CHANNELS.map((c) => ({ value: c.code, label: c.label }))}
      />
    </div>
  );
}
