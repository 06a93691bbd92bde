import { route } from '@/lib/auth/route';
import { apiErrors, cacheableJson, PUBLIC_API, weakEtag } from '@/lib/api/http';
import { getRules } from '@/lib/rules-cache';
import { productSearchSchema } from '@/lib/validation/export-check';

export const GET = route({ access: 'public', ...PUBLIC_API }, async ({ request }) => {
  const parsed = productSearchSchema.safeParse({ q: new URL(request.url).searchParams.get('q') ?? undefined });
  if (!parsed.success) return apiErrors(400, { q: parsed.error.issues[0]?.message ?? 'Search is invalid.' });
  const q = parsed.data.q;
  const rules = await getRules();
  return cacheableJson(request, weakEtag(rules.version, `products|${q?.toLowerCase() ?? ''}`), () => ({
    products: q === undefined ? rules.listProducts() : rules.searchProducts(q),
    rulesVersion: rules.version,
  }));
});
