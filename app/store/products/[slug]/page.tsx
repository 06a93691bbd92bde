import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import {
  CHANNEL_ZH,
  categoryZh,
  formatRateMicro,
  formatUsd,
  formatYuan,
  originZh,
  unitZh,
} from '@/components/store/format';
import type { BlockerCode } from '@/lib/domain/export-rules';
import { getStoreExchangeRate, getStoreProduct, offerFor } from '@/lib/store';
import { getRules } from '@/lib/rules-cache';

const BLOCKER_ZH: Record<BlockerCode, string> = {
  unknown_product: '该商品编码不在规则目录中',
  restricted_product: '该商品属于限制进口商品',
  no_market_access: '该产地的此类水果尚未获得中国检疫准入',
  fresh_requires_bonded: '生鲜商品不能以直邮方式进口，须经保税仓',
  not_on_positive_list: '该商品不在跨境电商零售进口正面清单内',
  over_order_limit: '订单金额超出跨境电商单次交易限值',
  over_annual_limit: '订单金额超出跨境电商年度交易限值',
};

const percent = (rate: string) => `${(Number(rate) * 100).toFixed(2)}%`;

export async function generateMetadata({ params }: PageProps<'/store/products/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const p = await getStoreProduct(slug);
  if (!p) return { title: '未找到商品', robots: { index: false } };
  const description = `${originZh(p.originState)}产地直供 · ${p.descriptionZh}`.slice(0, 160);
  const url = `/store/products/${p.slug}`;
  const images = p.photoIds[0] ? [{ url: `/api/photos/${p.photoIds[0]}`, alt: p.titleZh }] : [];
  return {
    title: p.titleZh,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', locale: 'zh_CN', title: p.titleZh, description, url, images },
    // Only the card type: X reads title, description and image from the og: tags when twitter:* ones are absent.
    twitter: { card: images.length ? 'summary_large_image' : 'summary' },
  };
}

export default async function StoreProductPage({ params }: PageProps<'/store/products/[slug]'>) {
  const { slug } = await params;
  const [p, rate] = await Promise.all([getStoreProduct(slug), getStoreExchangeRate()]);
  if (!p) notFound();
  const offer = offerFor(p, p.priceUsdCents, rate?.usdCnyMicro ?? null, await getRules());
  const cbec = offer.channels.filter((c) => c.channel !== 'general_trade');
  const general = offer.channels.find((c) => c.channel === 'general_trade');
  const [cover, ...more] = p.photoIds;
  return (
    <article className="space-y-8">
      <nav aria-label="面包屑" className="text-sm text-stone-600">
        <a href="/store" className="underline">
          全部商品
        </a>
        {' / '}
        <a href={`/store?category=${p.category}`} className="underline">
          {categoryZh(p.category)}
        </a>
      </nav>
      <div className="grid gap-8 md:grid-cols-2">
        <div className="space-y-3">
          {cover ? (
            <Image
              src={`/api/photos/${cover}`}
              alt={p.titleZh}
              width={960}
              height={720}
              unoptimized
              priority
              className="aspect-[4/3] w-full rounded-lg bg-stone-100 object-cover"
            />
          ) : (
            <div className="flex aspect-[4/3] w-full items-center justify-center rounded-lg bg-stone-100 text-stone-600">
              暂无图片
            </div>
          )}
          {more.length ? (
            <ul className="grid grid-cols-4 gap-2" aria-label="更多图片">
              {more.map((id, i) => (
                <li key={id}>
                  <a
                    href={`/api/photos/${id}`}
                    className="block focus:outline-none focus-visible:ring-2 focus-visible:ring-red-800"
                  >
                    <Image
                      src={`/api/photos/${id}?size=thumb`}
                      alt={`${p.titleZh} 图片 ${i + 2}`}
                      width={240}
                      height={180}
                      unoptimized
                      loading="lazy"
                      className="aspect-[4/3] w-full rounded bg-stone-100 object-cover"
                    />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="space-y-4">
          <div>
            <h1 className="text-2xl font-bold text-stone-900">{p.titleZh}</h1>
            <p lang="en" className="text-stone-600">
              {p.titleEn}
            </p>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-600">产地</dt>
            <dd data-testid="origin">{originZh(p.originState)}</dd>
            <dt className="text-stone-600">类别</dt>
            <dd>{categoryZh(p.category)}</dd>
            <dt className="text-stone-600">商家</dt>
            <dd>
              <a href={`/store/sellers/${p.seller.slug}`} className="underline">
                {p.seller.name}
              </a>
            </dd>
            <dt className="text-stone-600">规格</dt>
            <dd>
              每{unitZh(p.unit)} <span lang="en">{p.packSize}</span>
            </dd>
            <dt className="text-stone-600">起订量</dt>
            <dd>{p.minOrder}</dd>
            <dt className="text-stone-600">库存</dt>
            <dd>{p.stock > 0 ? p.stock : '暂时缺货'}</dd>
            <dt className="text-stone-600">海关编码（HS）</dt>
            <dd>{p.hs6}</dd>
          </dl>
          <section aria-labelledby="price-heading" className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 id="price-heading" className="sr-only">
              价格
            </h2>
            {offer.priceFen !== null && rate ? (
              <>
                <p className="text-3xl font-bold text-red-800" data-testid="price-cny">
                  {formatYuan(offer.priceFen)}
                </p>
                <p className="text-sm text-stone-600" data-testid="rate">
                  美元标价 {formatUsd(p.priceUsdCents)}，按参考汇率折算（汇率 {formatRateMicro(rate.usdCnyMicro)}，
                  {rate.effectiveOn}）
                </p>
              </>
            ) : (
              <p className="text-stone-700">
                人民币价格暂未公布（汇率尚未设置）。美元标价 {formatUsd(p.priceUsdCents)}。
              </p>
            )}
          </section>
        </div>
      </div>

      <section aria-labelledby="desc-heading" className="space-y-2">
        <h2 id="desc-heading" className="text-xl font-semibold">
          商品介绍
        </h2>
        <p className="whitespace-pre-line text-stone-800">{p.descriptionZh}</p>
        <details className="text-sm text-stone-700">
          <summary className="cursor-pointer">英文原文</summary>
          <p lang="en" className="mt-2 whitespace-pre-line">
            {p.descriptionEn}
          </p>
        </details>
      </section>

      <section aria-labelledby="channels-heading" className="space-y-3">
        <h2 id="channels-heading" className="text-xl font-semibold">
          购买方式与税费
        </h2>
        {cbec.length ? (
          <ul className="space-y-3">
            {cbec.map((c) => (
              <li
                key={c.channel}
                className="rounded-lg border border-stone-200 bg-white p-4"
                data-testid={`channel-${c.channel}`}
              >
                <h3 className="font-semibold">{CHANNEL_ZH[c.channel]}</h3>
                {c.eligible && c.tax ? (
                  <p className="mt-1">
                    消费者应缴跨境电商综合税：
                    <strong data-testid="tax-amount">
                      {c.tax.amountCny === null ? '税率待核实' : `¥${c.tax.amountCny}`}
                    </strong>
                    {c.tax.rate ? `（税率 ${percent(c.tax.rate)}，按单件售价计算）` : null}
                    {!c.tax.withinLimits ? '。该单件商品超出单次交易限值，须按一般贸易方式全额征税。' : null}
                  </p>
                ) : c.eligible ? (
                  <p className="mt-1">可通过此方式购买；税费在汇率公布后显示。</p>
                ) : (
                  <p className="mt-1 text-stone-700">
                    暂不可通过此方式购买：{c.blockers.map((b) => BLOCKER_ZH[b.code]).join('；')}。
                  </p>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {cbec.length ? (
          <p className="text-sm text-stone-700" data-testid="cbec-limit">
            跨境电商零售进口限值：单次交易不超过人民币 5,000 元，个人年度交易不超过人民币 26,000
            元。限值以内，关税税率暂设为 0%，进口环节增值税和消费税按法定应纳税额的 70%
            征收（财关税〔2018〕49号）；超出单次限值的单件不可分割商品，按一般贸易方式全额征税。
          </p>
        ) : null}
        {general ? (
          <p className="text-sm text-stone-700">
            {CHANNEL_ZH.general_trade}：
            {general.eligible
              ? '由中国进口商报关并缴纳关税和增值税，零售价以进口商报价为准。'
              : `暂不可用：${general.blockers.map((b) => BLOCKER_ZH[b.code]).join('；')}。`}
          </p>
        ) : null}
      </section>
    </article>
  );
}
