import type { RequirementState } from '@/lib/domain/application-checklist';

const LABELS: Record<RequirementState, { text: string; cls: string }> = {
  due_now: { text: 'Due now', cls: 'bg-amber-100 text-amber-950' },
  provided: { text: 'Provided', cls: 'bg-sky-100 text-sky-950' },
  accepted: { text: 'Accepted', cls: 'bg-green-100 text-green-950' },
  rejected: { text: 'Not accepted', cls: 'bg-red-100 text-red-950' },
  expired: { text: 'Expired', cls: 'bg-red-100 text-red-950' },
};

export function RequirementStateBadge({ state, optional }: { state: RequirementState; optional?: boolean }) {
  const l = optional && state === 'due_now' ? { text: 'Optional', cls: 'bg-stone-100 text-stone-800' } : LABELS[state];
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${l.cls}`}>{l.text}</span>;
}
