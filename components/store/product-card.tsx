import Image from 'next/image';
import type { StoreCard } from '@/db/queries/store';
import { categoryZh, formatYuan, originZh, priceFen } from './format';

/** One listing in a grid. Text is rendered by React (escaped): a title like "<script>" shows as text. */
export function ProductCard({
  item,
  rateMicro,
  headingLevel = 2,
}: {
  item: StoreCard;
  rateMicro: number | null;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const fen = priceFen(item.priceUsdCents, rateMicro);
  return (
    <li
      className="flex flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm"
      data-testid="store-card"
    >
      <a
        href={`/store/products/${item.slug}`}
        className="group flex flex-1 flex-col focus:outline-none focus-visible:ring-2 focus-visible:ring-red-800"
      >
        {item.thumbPhotoId ? (
          <Image
            src={`/api/photos/${item.thumbPhotoId}?size=thumb`}
            alt=""
            width={480}
            height={360}
            unoptimized
            loading="lazy"
            className="aspect-[4/3] w-full bg-stone-100 object-cover"
          />
        ) : (
          <div className="flex aspect-[4/3] w-full items-center justify-center bg-stone-100 text-sm text-stone-600">
            暂无图片
          </div>
        )}
        <div className="flex flex-1 flex-col gap-1 p-3">
          <Heading className="font-semibold text-stone-900 group-hover:underline">{item.titleZh}</Heading>
          <p className="text-sm text-stone-600">
            {categoryZh(item.category)} · 产地：{originZh(item.originState)}
          </p>
          <p className="text-sm text-stone-600">{item.sellerName}</p>
          <p className="mt-auto pt-2 text-lg font-bold text-red-800">{fen === null ? '价格待定' : formatYuan(fen)}</p>
        </div>
      </a>
    </li>
  );
}
