import type { Requirement } from '@/lib/domain/export-rules';
import { partyLabel } from './format';
import { SourceLinks } from './source-links';
import { UnverifiedBadge } from './unverified-badge';

export function RequirementList({ requirements }: { requirements: readonly Requirement[] }) {
  if (!requirements.length) return <p className="text-stone-700">No requirements on record.</p>;
  return (
    <ul className="space-y-3">
      {requirements.map((r) => (
        <li key={r.code} className="rounded-md border border-stone-200 bg-white p-3" data-requirement={r.code}>
          <p className="font-medium text-stone-900">
            {r.title} {r.verified ? null : <UnverifiedBadge />}
          </p>
          <p className="mt-1 text-sm text-stone-700">
            Provided by {partyLabel(r.providedBy)} · in force from {r.effectiveFrom}
            {r.effectiveTo ? ` to ${r.effectiveTo}` : ''}
          </p>
          <p className="mt-1 text-sm">
            <SourceLinks sources={r.sources} />
          </p>
        </li>
      ))}
    </ul>
  );
}
