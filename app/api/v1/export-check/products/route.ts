import { listProducts, RULES_VERSION, searchProducts } from '@/lib/domain/export-rules';
import { route } from '@/lib/auth/route';
import { apiErrors, cacheableJson, PUBLIC_API, weakEtag } from '@/lib/api/http';
import { productSearchSchema } from '@/lib/validation/export-check';

export const GET = route({ access: 'public', ...PUBLIC_API }, ({ request }) => {
  const parsed = productSearchSchema.safeParse({ q: new URL(request.url).searchParams.get('q') ?? undefined });
  if (!parsed.success) return apiErrors(400, { q: parsed.error.issues[0]?.message ?? 'Search is invalid.' });
  const q = parsed.data.q;
  return cacheableJson(request, weakEtag(RULES_VERSION, `products|${q?.toLowerCase() ?? ''}`), () => ({
    products: q === undefined ? listProducts() : searchProducts(q),
    rulesVersion: RULES_VERSION,
  }));
});
