import 'server-only';

const SECURITY_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } as const;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { ...SECURITY_HEADERS, ...headers } });
}

export const notFound = () => json({ error: 'Not found' }, 404);
