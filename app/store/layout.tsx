import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { env } from '@/lib/env';

// The China-facing storefront: every word is Simplified Chinese; proxy.ts sets <html lang="zh-CN">.
// Storefront links are plain <a> (full page loads), not next/link: every store page renders per request
// (nonce CSP); each client Link adds render time and payload to every page and, in production, a prefetch
// request when it scrolls into view, for little gain on pages this simple (bench/STORE.md).
export const metadata: Metadata = {
  metadataBase: new URL(env().APP_URL),
  title: { default: '美国中西部好物 · 产地直供', template: '%s · 美国中西部好物' },
  description: '来自美国中西部农场、酒庄、食品厂和服装品牌的正品好物，人民币标价，跨境税费清楚透明。',
};

export default function StoreLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen bg-stone-50">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        跳到主要内容
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <a href="/store" className="text-lg font-bold text-red-900">
            美国中西部好物
          </a>
          <nav aria-label="商店导航">
            <ul className="flex gap-4 text-sm">
              <li>
                <a href="/store" className="underline-offset-4 hover:underline">
                  全部商品
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-stone-600">
        商品由经审核的美国企业提供。人民币价格按管理员维护的美元兑人民币汇率折算，仅供参考；跨境电商税费依据财关税〔2018〕49号计算。
      </footer>
    </div>
  );
}
