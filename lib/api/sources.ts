import { SOURCES } from '@/lib/rules';
import type { ExportCheck } from '@/lib/domain/export-rules';

export interface SourceRef {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
}

function isSourceId(id: string): id is keyof typeof SOURCES {
  return Object.hasOwn(SOURCES, id);
}

/** The engine cites sources as "S77, S78"; this resolves each id to the reference's title and address. */
export function sourceRefs(cited: string): SourceRef[] {
  return cited
    .split(',')
    .map((id) => id.trim())
    .filter(isSourceId)
    .map((id) => ({ id, ...SOURCES[id] }));
}

/** Every source cited by a check's blockers and requirements, so API clients can show what backs each answer. */
export function citedSources(check: ExportCheck): Record<string, Omit<SourceRef, 'id'>> {
  const out: Record<string, Omit<SourceRef, 'id'>> = {};
  for (const result of check.results) {
    for (const item of [...result.blockers, ...result.requirements]) {
      for (const { id, ...ref } of sourceRefs(item.source)) out[id] ??= ref;
    }
  }
  return out;
}
