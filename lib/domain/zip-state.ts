import { ZIP_PREFIX_RANGES } from '@/lib/rules/zip-prefixes';
import { US_STATES, type UsStateCode } from '@/lib/rules/us-states';

/** The state a ZIP code's first three digits belong to; null for territories, military and unassigned prefixes. */
export function stateOfZip(zip: string): UsStateCode | null {
  const m = /^(\d{3})\d{2}(-\d{4})?$/.exec(zip.trim());
  if (!m) return null;
  const prefix = Number(m[1]);
  for (const [first, last, state] of ZIP_PREFIX_RANGES) if (prefix >= first && prefix <= last) return state;
  return null;
}

/** A message naming both fields when the ZIP code belongs to another state; null when they agree or we cannot tell. */
export function zipStateMismatch(zip: string, state: string): string | null {
  const zipState = stateOfZip(zip);
  if (!zipState || zipState === state.trim().toUpperCase()) return null;
  const named = US_STATES[state.trim().toUpperCase() as UsStateCode]?.en ?? state;
  return `ZIP code ${zip.trim()} is in ${US_STATES[zipState].en}, not ${named}: check the ZIP code or the state.`;
}
