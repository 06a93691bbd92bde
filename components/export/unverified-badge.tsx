/** Shown wherever the reference marks a fact UNVERIFIED, so it is never read as certain. */
export function UnverifiedBadge() {
  return (
    <span className="inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950 ring-1 ring-amber-300">
      Unverified — check before relying on it
    </span>
  );
}
