import { z } from 'zod';
import { CATEGORIES, US_STATES } from '@/lib/domain/export-rules';

const CATEGORY_CODES = CATEGORIES.map((c) => c.code) as [string, ...string[]];
const STATE_CODES = Object.keys(US_STATES) as [string, ...string[]];
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v) || undefined;

/** /store query: unknown values are dropped with a message (a shared link never breaks the page). */
export const storeQuerySchema = z.object({
  category: z.enum(CATEGORY_CODES, '未知的商品类别').optional(),
  state: z.enum(STATE_CODES, '未知的产地州').optional(),
  q: z.string().trim().max(60, '搜索词最多 60 个字符').optional(),
  cursor: z.string().max(200, '分页参数无效').optional(),
});

export type StoreQuery = z.infer<typeof storeQuerySchema>;

export function parseStoreQuery(sp: Record<string, string | string[] | undefined>): {
  query: StoreQuery;
  errors: string[];
} {
  const raw = { category: one(sp.category), state: one(sp.state), q: one(sp.q), cursor: one(sp.cursor) };
  const query: StoreQuery = {};
  const errors: string[] = [];
  for (const key of Object.keys(raw) as (keyof StoreQuery)[]) {
    const r = storeQuerySchema.shape[key].safeParse(raw[key]);
    if (r.success) Object.assign(query, { [key]: r.data || undefined });
    else errors.push(r.error.issues[0]?.message ?? '参数无效');
  }
  return { query, errors };
}
