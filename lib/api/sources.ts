import type { ExportCheck, SourceRef } from '@/lib/domain/export-rules';

export type { SourceRef };

/** Every source cited by a check's blockers, requirements and alternatives, so API clients can show what backs each answer. */
export function citedSources(check: ExportCheck): Record<string, Omit<SourceRef, 'id'>> {
  const out: Record<string, Omit<SourceRef, 'id'>> = {};
  const items = [...check.results.flatMap((r) => [...r.blockers, ...r.requirements]), ...check.alternatives];
  for (const item of items) for (const { id, ...ref } of item.sources) out[id] ??= ref;
  return out;
}
