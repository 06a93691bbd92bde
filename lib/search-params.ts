/** First value of each search parameter (a repeated one keeps its first), empty strings kept. */
export function firstValues(sp: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** The filter parameters worth carrying to the next page: non-empty, without the cursor and one-off notices. */
export function keptParams(raw: Record<string, string | undefined>, drop: readonly string[] = []): URLSearchParams {
  return new URLSearchParams(
    Object.entries(raw).filter(
      (e): e is [string, string] =>
        typeof e[1] === 'string' && e[1] !== '' && e[0] !== 'cursor' && !drop.includes(e[0]),
    ),
  );
}

/** Link to the page after `cursor` with the same filters, or null on the last page. */
export function nextPageHref(path: string, keep: URLSearchParams, cursor: string | null): string | null {
  return cursor ? `${path}?${new URLSearchParams([...keep, ['cursor', cursor]])}` : null;
}
