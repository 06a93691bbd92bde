import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Heartland Gateway — sell to Chinese consumers', template: '%s · Heartland Gateway' },
  description:
    'Free export onboarding for US farms, wineries, food makers and apparel brands selling to Chinese consumers.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The storefront is Simplified Chinese; proxy.ts marks its requests.
  const lang = (await headers()).get('x-html-lang') === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <html lang={lang}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
