import { z } from 'zod';
import { listRuleVersions } from '@/db/queries/rules';
import { route } from '@/lib/auth/route';
import { apiErrors, PUBLIC_API } from '@/lib/api/http';
import { getRules } from '@/lib/rules-cache';

const paramsSchema = z.object({
  before: z.preprocess(
    (v) => (v === null || v === '' ? undefined : v),
    z
      .string()
      .regex(/^\d{1,9}$/, 'before must be a version number.')
      .transform(Number)
      .refine((n) => n >= 1, 'before must be a version number.')
      .optional(),
  ),
});

/** The history of the export rules, newest first (keyset by version). */
export const GET = route({ access: 'public', ...PUBLIC_API }, async ({ request }) => {
  const parsed = paramsSchema.safeParse({ before: new URL(request.url).searchParams.get('before') });
  if (!parsed.success) return apiErrors(400, { before: parsed.error.issues[0]?.message ?? 'before is invalid.' });
  const [page, rules] = await Promise.all([listRuleVersions(parsed.data.before), getRules()]);
  return Response.json(
    {
      versions: page.rows,
      nextBefore: page.nextCursor === null ? null : Number(page.nextCursor),
      rulesVersion: rules.version,
    },
    { headers: { 'Cache-Control': 'public, max-age=60' } },
  );
});
