/** A URL slug from `text` (ASCII letters and digits, hyphenated), cut at `maxLength`. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength);
}

/** A slug with a random suffix, so two things with the same name get different addresses. */
export function uniqueSlug(text: string, opts: { fallback: string; maxLength: number; suffixLength: number }): string {
  const suffix = Math.random()
    .toString(36)
    .slice(2, 2 + opts.suffixLength);
  return `${slugify(text, opts.maxLength) || opts.fallback}-${suffix}`;
}
