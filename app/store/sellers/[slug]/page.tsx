import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { originZh } from '@/components/store/format';
import { ProductCard } from '@/components/store/product-card';
import { getStoreExchangeRate, getStoreListings, getStoreSeller } from '@/lib/store';

export async function generateMetadata({ params }: PageProps<'/store/sellers/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const s = await getStoreSeller(slug);
  if (!s) return { title: '未找到商家', robots: { index: false } };
  const description = `${s.name}，来自${originZh(s.state ?? '')}。${s.story ?? ''}`.slice(0, 160);
  const url = `/store/sellers/${s.slug}`;
  return {
    title: s.name,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'profile', locale: 'zh_CN', title: s.name, description, url },
  };
}

export default async function StoreSellerPage({ params, searchParams }: PageProps<'/store/sellers/[slug]'>) {
  const { slug } = await params;
  const sp = await searchParams;
  const cursor = typeof sp.cursor === 'string' && sp.cursor.length <= 200 ? sp.cursor : undefined;
  const seller = await getStoreSeller(slug);
  if (!seller) notFound();
  const [page, rate] = await Promise.all([getStoreListings({ businessId: seller.id, cursor }), getStoreExchangeRate()]);
  return (
    <div className="space-y-6">
      <section className="space-y-2 rounded-lg border border-stone-200 bg-white p-5">
        <h1 className="text-2xl font-bold">{seller.name}</h1>
        <p className="text-stone-700">
          {originZh(seller.state ?? '')}
          {seller.city ? <span lang="en"> · {seller.city}</span> : null}
          {seller.yearFounded ? ` · 创立于 ${seller.yearFounded} 年` : null}
        </p>
        {seller.story ? (
          <div>
            <h2 className="text-sm font-semibold text-stone-600">品牌故事</h2>
            {/* The story is the seller's own words (in English for now). */}
            <p lang="en" className="whitespace-pre-line">
              {seller.story}
            </p>
          </div>
        ) : null}
      </section>
      <h2 className="text-xl font-semibold">在售商品</h2>
      {page.items.length ? (
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="该商家的商品">
          {page.items.map((item) => (
            <ProductCard key={item.id} item={item} rateMicro={rate?.usdCnyMicro ?? null} headingLevel={3} />
          ))}
        </ul>
      ) : (
        <p>该商家暂无在售商品。</p>
      )}
      {page.nextCursor ? (
        <a href={`/store/sellers/${seller.slug}?cursor=${page.nextCursor}`} className="underline" rel="next">
          下一页
        </a>
      ) : null}
    </div>
  );
}
