/** Only same-site paths; anything else (//evil.example, https://…, backslashes) falls back. */
export function safePath(value: unknown, fallback = '/dashboard'): string {
  const s = typeof value === 'string' ? value : '';
  return /^\/(?![/\\])[\w\-./?=&%,]*$/.test(s) ? s : fallback;
}
