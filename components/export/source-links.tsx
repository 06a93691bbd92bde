import { sourceRefs } from '@/lib/api/sources';

/** "Source: <title>, <title>" with each title linked to the reference's address. */
export function SourceLinks({ cited, label = 'Source' }: { cited: string; label?: string }) {
  const refs = sourceRefs(cited);
  if (!refs.length) return <span className="text-stone-700">{label}: none on record (UNVERIFIED)</span>;
  return (
    <span className="text-stone-700">
      {label}
      {refs.length > 1 ? 's' : ''}:{' '}
      {refs.map((ref, i) => (
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
      ))}
    </span>
  );
}
