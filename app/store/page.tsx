import type { Metadata } from 'next';
import { ProductCard } from '@/components/store/product-card';
import { CATEGORIES, US_STATES } from '@/lib/domain/export-rules';
import { MIN_LATIN_TERM } from '@/db/queries/store';
import { getStoreExchangeRate, getStoreListings } from '@/lib/store';
import { parseStoreQuery } from './params';

export const metadata: Metadata = {
  title: '全部商品',
  description: '美国中西部农场、酒庄、食品厂和服装品牌的正品好物，人民币标价。',
  alternates: { canonical: '/store' },
  openGraph: {
    title: '美国中西部好物 · 产地直供',
    description: '美国产地直供，人民币标价，跨境税费透明。',
    url: '/store',
    locale: 'zh_CN',
    type: 'website',
  },
};

const STATE_OPTIONS = Object.entries(US_STATES).map(([code, s]) => ({ code, zh: s.zh }));

export default async function StorePage({ searchParams }: PageProps<'/store'>) {
  const { query, errors } = parseStoreQuery(await searchParams);
  const [page, rate] = await Promise.all([getStoreListings(query), getStoreExchangeRate()]);
  const filters = Object.fromEntries(
    Object.entries({ category: query.category, state: query.state, q: query.q }).filter(([, v]) => v),
  ) as Record<string, string>;
  const nextHref = page.nextCursor ? `/store?${new URLSearchParams({ ...filters, cursor: page.nextCursor })}` : null;
  const firstHref = `/store${Object.keys(filters).length ? `?${new URLSearchParams(filters)}` : ''}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">美国产地好物</h1>
      <form
        role="search"
        aria-label="筛选商品"
        action="/store"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
      >
        <div>
          <label htmlFor="store-q" className="block text-sm font-medium">
            搜索
          </label>
          <input
            id="store-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            maxLength={60}
            placeholder="如：蓝莓、cherries"
            className="rounded-md border border-stone-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="store-category" className="block text-sm font-medium">
            类别
          </label>
          <select
            id="store-category"
            name="category"
            defaultValue={query.category ?? ''}
            className="rounded-md border border-stone-400 px-3 py-2"
          >
            <option value="">全部类别</option>
            {CATEGORIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.labelZh}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="store-state" className="block text-sm font-medium">
            产地（美国州）
          </label>
          <select
            id="store-state"
            name="state"
            defaultValue={query.state ?? ''}
            className="rounded-md border border-stone-400 px-3 py-2"
          >
            <option value="">全部产地</option>
            {STATE_OPTIONS.map((s) => (
              <option key={s.code} value={s.code}>
                {s.zh}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-red-800 px-4 py-2 text-sm font-semibold text-white hover:bg-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-800 focus-visible:ring-offset-2"
        >
          筛选
        </button>
        {Object.keys(filters).length ? (
          <a href="/store" className="py-2 text-sm underline">
            清除筛选
          </a>
        ) : null}
      </form>
      {errors.length ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          已忽略无效的筛选条件：{errors.join('；')}
        </p>
      ) : null}
      {page.ignoredTerms?.length ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          英文关键词至少需要 {MIN_LATIN_TERM} 个字母，已忽略：{page.ignoredTerms.join('、')}
        </p>
      ) : null}
      {page.searchBusy ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          搜索的人太多了，请稍后再试，或先选择类别和产地浏览。
        </p>
      ) : page.searchTimedOut ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          搜索耗时过长，已停止。请换一个更具体的关键词（英文请至少输入三个字母），或先选择类别和产地缩小范围。
        </p>
      ) : page.items.length === 0 ? (
        <p className="text-stone-700">{query.cursor ? '没有更多商品了。' : '没有找到符合条件的商品。'}</p>
      ) : (
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="商品列表">
          {page.items.map((item) => (
            <ProductCard key={item.id} item={item} rateMicro={rate?.usdCnyMicro ?? null} />
          ))}
        </ul>
      )}
      <nav aria-label="分页" className="flex gap-4">
        {query.cursor ? (
          <a href={firstHref} className="underline">
            回到第一页
          </a>
        ) : null}
        {nextHref ? (
          <a href={nextHref} className="underline" rel="next">
            下一页
          </a>
        ) : null}
      </nav>
    </div>
  );
}
