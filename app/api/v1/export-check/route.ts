import { checkExport, RULES_VERSION } from '@/lib/domain/export-rules';
import { route } from '@/lib/auth/route';
import { apiErrors, cacheableJson, PUBLIC_API, weakEtag } from '@/lib/api/http';
import { citedSources } from '@/lib/api/sources';
import { exportCheckParams, parseExportCheckParams } from '@/lib/validation/export-check';

export const GET = route({ access: 'public', ...PUBLIC_API }, ({ request }) => {
  const parsed = parseExportCheckParams(exportCheckParams(new URL(request.url).searchParams));
  if (!parsed.ok) return apiErrors(400, parsed.errors);
  // Resolve "today" once, so the ETag and the answer agree on the date even across midnight UTC.
  const input = { ...parsed.input, date: parsed.input.date ?? new Date().toISOString().slice(0, 10) };
  const { hs, state, channel, priceCny, quantity, valueUsd, date } = input;
  const etag = weakEtag(
    RULES_VERSION,
    [hs, state, channel ?? '*', priceCny ?? '', quantity ?? 1, valueUsd ?? '', date].join('|'),
  );
  return cacheableJson(request, etag, () => {
    const check = checkExport(input);
    return { ...check, sources: citedSources(check) };
  });
});
