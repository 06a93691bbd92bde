import type { SourceRef } from '@/lib/domain/export-rules';

/**
 * The sources behind an answer, each linked to its address. Only a primary source (a regulator or government
 * body) is called official; an answer resting on secondary sources alone says so.
 */
export function SourceLinks({ sources }: { sources: readonly SourceRef[] }) {
  if (!sources.length) return <span className="text-stone-700">Source: none on record (UNVERIFIED)</span>;
  const primary = sources.filter((s) => s.kind === 'primary');
  const secondary = sources.filter((s) => s.kind !== 'primary');
  return (
    <span className="text-stone-700" data-official={primary.length ? 'true' : 'false'}>
      {primary.length ? (
        <>
          Official source{primary.length > 1 ? 's' : ''}: <Refs refs={primary} />
          {secondary.length ? (
            <>
              {' '}
              · also: <Refs refs={secondary} />
            </>
          ) : null}
        </>
      ) : (
        <>
          <span className="font-semibold text-amber-900">Secondary sources only (no official page on record):</span>{' '}
          <Refs refs={secondary} />
        </>
      )}
    </span>
  );
}

function Refs({ refs }: { refs: readonly SourceRef[] }) {
  return refs.map((ref, i) => (
    <span key={ref.id}>
      {i > 0 ? '; ' : null}
      {ref.url ? (
        <a href={ref.url} rel="noopener noreferrer external" className="text-green-900 underline">
          {ref.title}
        </a>
      ) : (
        ref.title
      )}
    </span>
  ));
}
