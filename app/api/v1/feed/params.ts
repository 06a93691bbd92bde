import { z } from 'zod';

export const FEED_LIMIT_MAX = 200;
export const FEED_LIMIT_DEFAULT = 100;

const feedParamsSchema = z.object({
  limit: z
    .string()
    .regex(/^\d{1,4}$/, `limit must be a whole number from 1 to ${FEED_LIMIT_MAX}.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, `limit must be a whole number from 1 to ${FEED_LIMIT_MAX}.`)
        .max(FEED_LIMIT_MAX, `limit must be at most ${FEED_LIMIT_MAX}.`),
    )
    .optional(),
  since: z.iso
    .datetime({
      offset: true,
      message: 'since must be an ISO 8601 timestamp with a time zone, e.g. 2026-11-20T08:00:00Z.',
    })
    .refine((s) => Number.isFinite(Date.parse(s)), 'since must be a valid date and time.')
    .optional(),
  cursor: z
    .string()
    .max(200, 'cursor is too long: pass back nextCursor exactly as received.')
    .regex(/^[A-Za-z0-9_-]+$/, 'cursor must be the nextCursor value from a previous page.')
    .optional(),
});

export interface FeedParams {
  limit: number;
  since?: string;
  cursor?: string;
}

export type ParsedFeedParams = { ok: true; params: FeedParams } | { ok: false; errors: Record<string, string> };

const KNOWN = new Set(['limit', 'since', 'cursor']);

/** Query string → validated params, or every bad parameter named with what is wrong. */
export function parseFeedParams(sp: URLSearchParams): ParsedFeedParams {
  const errors: Record<string, string> = {};
  for (const key of new Set(sp.keys())) {
    if (!KNOWN.has(key)) errors[key] = `Unknown parameter "${key}"; allowed: limit, since, cursor.`;
    else if (sp.getAll(key).length > 1) errors[key] = `${key} may be given once.`;
  }
  const raw = Object.fromEntries([...KNOWN].filter((k) => sp.get(k) !== null).map((k) => [k, sp.get(k)!]));
  const parsed = feedParamsSchema.safeParse(raw);
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'query')] ??= issue.message;
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
  return {
    ok: true,
    params: { limit: parsed.data.limit ?? FEED_LIMIT_DEFAULT, since: parsed.data.since, cursor: parsed.data.cursor },
  };
}
