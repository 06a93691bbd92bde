import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import { diffContent, type ListingContent } from '@/lib/domain/listing-content';
import { env } from '@/lib/env';
import type { Db } from './driver';
import { applications, businesses, exchangeRates, listingEvents, listingPhotos, listings } from './schema';

// Demo listings for the storefront (issue 5): live products of the approved demo businesses, one live
// listing with a proposed change waiting for review (the storefront keeps showing the approved copy),
// and one listing of the suspended seller (approved once, not live). Idempotent: keyed by slug.

export const DEMO_RATE = {
  usdCnyMicro: 7_100_000,
  effectiveOn: '2026-11-20',
  source: 'Demo rate — replace with the day’s PBOC central parity',
} as const;

interface DemoListing {
  business: string;
  slug: string;
  priceUsdCents: number;
  stock: number;
  color: [string, string];
  content: Omit<ListingContent, 'zhBasedOn' | 'photoIds'>;
  /** A proposed change (working copy differs from the published one), submitted for review. */
  pending?: Partial<ListingContent>;
}

const fruit = (variety: string, harvestWindow: string, shelfLifeDays: number, orchardRegistration: string) => ({
  variety,
  harvestWindow,
  shelfLifeDays,
  coldChain: true,
  orchardRegistration,
});
const apparel = (fibreContent: string, sizes: string, care: string, safetyCategory: 'A' | 'B' | 'C' = 'B') => ({
  fibreContent,
  sizes,
  care,
  safetyCategory,
  childrensWear: false,
});

export const DEMO_LISTINGS: DemoListing[] = [
  {
    business: 'traverse-bay-blueberries',
    slug: 'michigan-bluecrop-blueberries-1-5kg',
    priceUsdCents: 2400,
    stock: 800,
    color: ['#1e3a8a', '#6366f1'],
    content: {
      category: 'fresh_fruit',
      hs6: '081040',
      titleEn: 'Michigan Highbush Blueberries (Bluecrop), 1.5 kg',
      titleZh: '美国密歇根高丛蓝莓（蓝丰）1.5 千克',
      descriptionEn:
        'Hand-picked Bluecrop blueberries from Grand Traverse Bay, cooled within two hours of picking and shipped in a cold chain.',
      descriptionZh:
        '来自密歇根州大特拉弗斯湾的蓝丰品种蓝莓，人工采摘，采摘后两小时内预冷，全程冷链运输。果粒饱满，酸甜适中。',
      unit: 'case',
      packSize: '12 x 125 g',
      minOrder: 10,
      weightKg: 1.6,
      originState: 'MI',
      channels: ['general_trade', 'cbec_bonded'],
      attributes: fruit('Bluecrop', 'July – August', 21, 'MI-PH-0417'),
    },
  },
  {
    business: 'traverse-bay-blueberries',
    slug: 'michigan-elliott-late-blueberries',
    priceUsdCents: 2850,
    stock: 300,
    color: ['#312e81', '#818cf8'],
    content: {
      category: 'fresh_fruit',
      hs6: '081040',
      titleEn: 'Late-season Elliott Blueberries, 2 kg',
      titleZh: '密歇根晚熟蓝莓（艾略特）2 千克',
      descriptionEn: 'Elliott is the last blueberry of the Michigan season: firm, tangy and long-keeping.',
      descriptionZh: '艾略特是密歇根季末最晚成熟的蓝莓品种，果肉紧实、风味清爽，耐储运。',
      unit: 'case',
      packSize: '8 x 250 g',
      minOrder: 10,
      weightKg: 2.1,
      originState: 'MI',
      channels: ['cbec_bonded'],
      attributes: fruit('Elliott', 'August – September', 28, 'MI-PH-0417'),
    },
    pending: {
      titleZh: '密歇根晚熟蓝莓（艾略特）2 千克 · 新包装',
      descriptionZh: '艾略特是密歇根季末最晚成熟的蓝莓品种，果肉紧实、风味清爽，耐储运。现采用可回收纸质包装。',
    },
  },
  {
    business: 'traverse-bay-blueberries',
    slug: 'michigan-blueberries-family-pack',
    priceUsdCents: 3900,
    stock: 150,
    color: ['#1e40af', '#38bdf8'],
    content: {
      category: 'fresh_fruit',
      hs6: '081040',
      titleEn: 'Michigan Blueberries Family Pack, 3 kg',
      titleZh: '密歇根蓝莓家庭装 3 千克',
      descriptionEn: 'A family-size case of mixed-variety Michigan blueberries.',
      descriptionZh: '多个品种混装的家庭分享装，适合鲜食、烘焙和制作果昔。',
      unit: 'case',
      packSize: '6 x 500 g',
      minOrder: 5,
      weightKg: 3.2,
      originState: 'MI',
      channels: ['general_trade', 'cbec_bonded'],
      attributes: fruit('Bluecrop, Jersey', 'July – September', 21, 'MI-PH-0417'),
    },
  },
  {
    business: 'yakima-ridge-cherries',
    slug: 'washington-bing-cherries-2kg',
    priceUsdCents: 4200,
    stock: 500,
    color: ['#7f1d1d', '#ef4444'],
    content: {
      category: 'fresh_fruit',
      hs6: '080929',
      titleEn: 'Washington Bing Cherries, 2 kg',
      titleZh: '美国华盛顿州宾莹车厘子 2 千克',
      descriptionEn: 'Dark, sweet Bing cherries from the Yakima Valley, packed within hours of picking.',
      descriptionZh: '产自华盛顿州亚基马河谷的宾莹车厘子，色泽深红，口感清甜，采摘后数小时内完成包装。',
      unit: 'case',
      packSize: '2 kg',
      minOrder: 20,
      weightKg: 2.2,
      originState: 'WA',
      channels: ['general_trade', 'cbec_bonded'],
      attributes: fruit('Bing', 'June – July', 14, 'WA-PH-1138'),
    },
  },
  {
    business: 'yakima-ridge-cherries',
    slug: 'washington-rainier-cherries',
    priceUsdCents: 4800,
    stock: 200,
    color: ['#b45309', '#fde047'],
    content: {
      category: 'fresh_fruit',
      hs6: '080929',
      titleEn: 'Rainier Cherries, 2 kg',
      titleZh: '华盛顿州雷尼尔黄樱桃 2 千克',
      descriptionEn: 'Golden, blushing Rainier cherries, hand-sorted.',
      descriptionZh: '金黄带红晕的雷尼尔樱桃，糖度高，逐颗人工挑选。',
      unit: 'case',
      packSize: '2 kg',
      minOrder: 20,
      weightKg: 2.2,
      originState: 'WA',
      channels: ['cbec_bonded'],
      attributes: fruit('Rainier', 'June – July', 12, 'WA-PH-1138'),
    },
  },
  {
    business: 'sandhills-apparel',
    slug: 'sandhills-selvedge-work-jeans',
    priceUsdCents: 6800,
    stock: 120,
    color: ['#1e3a5f', '#64748b'],
    content: {
      category: 'apparel',
      hs6: '620342',
      titleEn: 'Selvedge Denim Work Jeans',
      titleZh: '内布拉斯加原色赤耳牛仔工装裤（男款）',
      descriptionEn: 'Heavyweight selvedge denim jeans, triple-stitched for ranch work.',
      descriptionZh: '重磅赤耳牛仔布，三重缝线，专为牧场劳作设计，越穿越有型。',
      unit: 'piece',
      packSize: '1 pair',
      minOrder: 1,
      weightKg: 0.9,
      originState: 'NE',
      channels: ['cbec_bonded', 'cbec_direct'],
      attributes: apparel('100% cotton', '30–40 waist', 'Wash cold inside out, hang dry'),
    },
  },
  {
    business: 'sandhills-apparel',
    slug: 'sandhills-canvas-work-shirt',
    priceUsdCents: 4500,
    stock: 90,
    color: ['#78350f', '#d6a76c'],
    content: {
      category: 'apparel',
      hs6: '620630',
      titleEn: "Women's Canvas Work Shirt",
      titleZh: '女款棉质帆布工装衬衫',
      descriptionEn: 'Soft-washed cotton canvas shirt with reinforced elbows.',
      descriptionZh: '水洗柔软的纯棉帆布衬衫，手肘处加固，耐穿耐磨。',
      unit: 'piece',
      packSize: '1 shirt',
      minOrder: 1,
      weightKg: 0.5,
      originState: 'NE',
      channels: ['cbec_direct'],
      attributes: apparel('100% cotton canvas', 'XS–XL', 'Machine wash warm'),
    },
  },
  {
    business: 'sandhills-apparel',
    slug: 'sandhills-ranch-cotton-tee',
    priceUsdCents: 2200,
    stock: 400,
    color: ['#14532d', '#86efac'],
    content: {
      category: 'apparel',
      hs6: '610910',
      titleEn: 'Ranch Cotton T-shirt',
      titleZh: '牧场纯棉针织 T 恤',
      descriptionEn: 'Midweight combed-cotton tee, cut and sewn in Nebraska.',
      descriptionZh: '中等厚度精梳棉 T 恤，在内布拉斯加州裁剪缝制。',
      unit: 'piece',
      packSize: '1 shirt',
      minOrder: 1,
      weightKg: 0.25,
      originState: 'NE',
      channels: ['cbec_bonded', 'cbec_direct'],
      attributes: apparel('100% combed cotton', 'S–XXL', 'Machine wash cold'),
    },
  },
  {
    business: 'chippewa-valley-knitworks',
    slug: 'chippewa-merino-crewneck-sweater',
    priceUsdCents: 14800,
    stock: 60,
    color: ['#7c2d12', '#fdba74'],
    content: {
      category: 'apparel',
      hs6: '611011',
      titleEn: 'Merino Wool Crewneck Sweater',
      titleZh: '威斯康星美利奴羊毛圆领毛衣',
      descriptionEn: 'Fine-gauge merino wool crewneck, knitted and finished in Eau Claire, Wisconsin.',
      descriptionZh: '细针美利奴羊毛圆领毛衣，在威斯康星州欧克莱尔编织与整理。',
      unit: 'piece',
      packSize: '1 sweater',
      minOrder: 1,
      weightKg: 0.45,
      originState: 'WI',
      channels: ['cbec_bonded', 'cbec_direct'],
      attributes: apparel('100% merino wool', 'XS–XL', 'Hand wash cold, dry flat'),
    },
  },
  {
    business: 'marathon-county-ginseng',
    slug: 'marathon-cultivated-ginseng-roots-4oz',
    priceUsdCents: 5600,
    stock: 200,
    color: ['#a16207', '#fef3c7'],
    content: {
      category: 'processed_food',
      hs6: '121120',
      titleEn: 'Cultivated Wisconsin Ginseng Roots, 4 oz',
      titleZh: '威斯康星种植花旗参（西洋参）整枝 113 克',
      descriptionEn: 'Four-year cultivated American ginseng roots from Marathon County, dried whole; DATCP certified.',
      descriptionZh: '马拉松县种植四年的花旗参整枝，整根干燥，经威斯康星州农业部认证。',
      unit: 'pack',
      packSize: '4 oz (113 g)',
      minOrder: 1,
      weightKg: 0.15,
      originState: 'WI',
      channels: ['general_trade'],
      attributes: {
        ingredients: 'Dried American ginseng root (Panax quinquefolius)',
        shelfLifeDays: 730,
        gaccNumber: 'CUSA12026010099',
      },
    },
  },
  {
    // The suspended seller: approved once, so it has a published copy, but it is not live.
    business: 'red-river-pantry',
    slug: 'red-river-roasted-sunflower-seeds',
    priceUsdCents: 1200,
    stock: 1000,
    color: ['#a16207', '#facc15'],
    content: {
      category: 'processed_food',
      hs6: '200819',
      titleEn: 'Roasted Sunflower Seeds, 500 g',
      titleZh: '红河谷烘焙葵花籽 500 克',
      descriptionEn: 'Dry-roasted North Dakota sunflower seeds, lightly salted.',
      descriptionZh: '北达科他州葵花籽，干法烘焙，微盐。',
      unit: 'pack',
      packSize: '500 g',
      minOrder: 24,
      weightKg: 0.52,
      originState: 'ND',
      channels: ['cbec_bonded'],
      attributes: { ingredients: 'Sunflower seeds, salt', shelfLifeDays: 270, gaccNumber: 'CUSA0000000000' },
    },
  },
  {
    // The winery's live wine: shipped cross-border by the winery journey (e2e/shipments-winery.spec.ts).
    business: 'black-hills-vineyards',
    slug: 'black-hills-marquette-2022',
    priceUsdCents: 13800,
    stock: 600,
    color: ['#4c0519', '#9f1239'],
    content: {
      category: 'wine',
      hs6: '220421',
      titleEn: 'Black Hills Marquette 2022, case of 6',
      titleZh: '美国南达科他州黑山马凯特红葡萄酒 2022（6 瓶装）',
      descriptionEn:
        'Cold-hardy Marquette grown at altitude in the Black Hills of South Dakota, aged ten months in neutral oak.',
      descriptionZh: '产自南达科他州黑山高海拔葡萄园的耐寒马凯特葡萄，中性橡木桶陈酿十个月，果香浓郁，单宁柔和。',
      unit: 'case',
      packSize: '6 x 750 ml',
      minOrder: 2,
      weightKg: 8.5,
      originState: 'SD',
      channels: ['cbec_bonded'],
      attributes: {
        varietal: 'Marquette',
        vintage: 2022,
        abv: 13.5,
        volumeMl: 750,
        ttbPermit: 'BW-SD-4412',
        gaccNumber: 'CUSA22041201',
      },
    },
  },
];

/** A simple generated product picture (no text, so no fonts), stored like an uploaded photo. */
async function demoPhoto(colors: [string, string], seed: number) {
  const dots = Array.from({ length: 9 }, (_, i) => {
    const x = 160 + ((i * 173 + seed * 61) % 480);
    const y = 140 + ((i * 97 + seed * 37) % 320);
    return `<circle cx="${x}" cy="${y}" r="${46 + ((i * 13) % 30)}" fill="${colors[0]}" fill-opacity="0.85"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colors[1]}"/><stop offset="1" stop-color="#fafaf9"/></linearGradient></defs><rect width="800" height="600" fill="url(#g)"/>${dots}</svg>`;
  const full = await sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
  const thumb = await sharp(Buffer.from(svg))
    .resize({ width: 480, height: 480, fit: 'cover' })
    .webp({ quality: 75 })
    .toBuffer();
  const put = (bytes: Buffer) => {
    const storedName = `${randomUUID()}.webp`;
    const dir = path.join(path.resolve(env().UPLOAD_DIR), storedName.slice(0, 2));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, storedName), bytes);
    return storedName;
  };
  return {
    storedName: put(full.data),
    thumbName: put(thumb),
    mimeType: 'image/webp',
    width: full.info.width,
    height: full.info.height,
    sizeBytes: full.data.byteLength,
  };
}

/** Mirrors publishedColumns() in db/mutations/listings.ts (which is server-only, so a script cannot import it). */
function pubColumns(p: ListingContent, sellerActive: boolean) {
  return {
    live: sellerActive,
    pubCategory: p.category,
    pubOriginState: p.originState,
    pubTitleZh: p.titleZh,
    pubSearch: `${p.titleEn} ${p.titleZh}`.toLowerCase(),
  };
}

export async function seedDemoListings(db: Db) {
  const [anyRate] = await db.select({ id: exchangeRates.id }).from(exchangeRates).limit(1);
  if (!anyRate) await db.insert(exchangeRates).values(DEMO_RATE);

  const slugs = [...new Set(DEMO_LISTINGS.map((l) => l.business))];
  const bizRows = await db
    .select({ id: businesses.id, slug: businesses.slug, status: applications.status })
    .from(businesses)
    .leftJoin(applications, eq(applications.businessId, businesses.id))
    .where(inArray(businesses.slug, slugs));
  const biz = new Map(bizRows.map((b) => [b.slug, b]));
  const existing = new Set(
    (
      await db
        .select({ slug: listings.slug })
        .from(listings)
        .where(
          inArray(
            listings.slug,
            DEMO_LISTINGS.map((l) => l.slug),
          ),
        )
    ).map((r) => r.slug),
  );
  // Newest first on the storefront: publish the first demo listing last.
  const base = Date.now() - DEMO_LISTINGS.length * 3_600_000;
  for (const [i, l] of DEMO_LISTINGS.entries()) {
    const b = biz.get(l.business);
    if (!b || existing.has(l.slug)) continue;
    const sellerActive = b.status === 'approved';
    const photo = await demoPhoto(l.color, i);
    const publishedAt = new Date(base + (DEMO_LISTINGS.length - i) * 3_600_000);
    await db.transaction(async (tx) => {
      const id = randomUUID();
      const [p] = await tx
        .insert(listingPhotos)
        .values({ businessId: b.id, ...photo })
        .returning({ id: listingPhotos.id });
      const published: ListingContent = {
        ...l.content,
        zhBasedOn: { titleEn: l.content.titleEn, descriptionEn: l.content.descriptionEn },
        photoIds: [p!.id],
      };
      const content: ListingContent = l.pending ? { ...published, ...l.pending } : published;
      await tx.insert(listings).values({
        id,
        businessId: b.id,
        slug: l.slug,
        status: l.pending ? 'submitted' : 'approved',
        content,
        published,
        priceUsdCents: l.priceUsdCents,
        stock: l.stock,
        sellerActive,
        ...pubColumns(published, sellerActive),
        publishedAt,
        submittedAt: l.pending ? new Date() : publishedAt,
        createdAt: publishedAt,
        updatedAt: l.pending ? new Date() : publishedAt,
      });
      await tx.update(listingPhotos).set({ listingId: id }).where(eq(listingPhotos.id, p!.id));
      await tx.insert(listingEvents).values([
        {
          listingId: id,
          businessId: b.id,
          action: 'submit',
          fromStatus: 'draft',
          toStatus: 'submitted',
          createdAt: new Date(publishedAt.getTime() - 86_400_000),
        },
        {
          listingId: id,
          businessId: b.id,
          action: 'approve',
          fromStatus: 'submitted',
          toStatus: 'approved',
          message: 'Demo listing approved.',
          createdAt: publishedAt,
        },
        ...(l.pending
          ? [
              {
                listingId: id,
                businessId: b.id,
                action: 'change_proposed',
                fromStatus: 'approved',
                toStatus: 'submitted',
                message: 'Demo: a proposed change to the Chinese title and description.',
                diff: diffContent(published, content),
              },
            ]
          : []),
      ]);
    });
  }
}
