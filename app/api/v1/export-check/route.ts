import { route } from '@/lib/auth/route';
import { apiErrors, cacheableJson, PUBLIC_API, weakEtag } from '@/lib/api/http';
import { citedSources } from '@/lib/api/sources';
import { getRules } from '@/lib/rules-cache';
import { exportCheckParams, parseExportCheckParams } from '@/lib/validation/export-check';

export const GET = route({ access: 'public', ...PUBLIC_API }, async ({ request }) => {
  // The rules in force, kept in memory (lib/rules-cache.ts): a resolved promise on every request but the first.
  const rules = await getRules();
  const parsed = parseExportCheckParams(exportCheckParams(new URL(request.url).searchParams), rules);
  if (!parsed.ok) return apiErrors(400, parsed.errors);
  // Resolve "today" once, so the ETag and the answer agree on the date even across midnight UTC.
  const input = { ...parsed.input, date: parsed.input.date ?? new Date().toISOString().slice(0, 10) };
  const { hs, state, channel, priceCny, quantity, valueUsd, date } = input;
  const etag = weakEtag(
    rules.version,
    [hs, state, channel ?? '*', priceCny ?? '', quantity ?? 1, valueUsd ?? '', date].join('|'),
  );
  return cacheableJson(request, etag, () => {
    const check = rules.checkExport(input);
    return { ...check, sources: citedSources(check) };
  });
});
