import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { benchPagesEnabled } from '@/lib/env';

// Baseline for bench/store.mjs: a product-page-sized page with no data at all. Every page of this app
// renders per request (the nonce CSP and the root layout read headers), so this is the static page as
// the app can serve one; prerendering it (force-static) fails the build under that root layout. The
// storefront product page is compared with it in the same run (issue 5 goal: ≥ 0.8×).
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Benchmark: static page', robots: { index: false, follow: false } };

const SPECS = ['产地', '类别', '商家', '规格', '起订量', '库存', '海关编码（HS）'];

export default function StaticBenchPage() {
  if (!benchPagesEnabled()) notFound();
  return (
    <main className="mx-auto max-w-6xl space-y-6 p-6">
      <h1 className="text-2xl font-bold">静态基准页面</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {SPECS.map((s, i) => (
          <div key={s} className="contents">
            <dt className="text-stone-600">{s}</dt>
            <dd>示例值 {i + 1}</dd>
          </div>
        ))}
      </dl>
      <p className="whitespace-pre-line text-stone-800">
        这是一段与商品介绍长度相近的静态文字，用于基准测试。来自美国中西部的农场、酒庄和食品厂，人民币标价，跨境税费透明。
      </p>
    </main>
  );
}
