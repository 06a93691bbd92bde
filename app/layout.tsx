import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import './globals.css';

const description =
  'Free export onboarding for US farms, wineries, food makers and apparel brands selling to Chinese consumers.';

// The icons and the social image are files in public/ (scripts/make-icons.mjs makes the rasters from
// public/icon.svg); link previews need absolute addresses, hence metadataBase.
export const metadata: Metadata = {
  metadataBase: new URL(env().APP_URL),
  title: { default: 'Heartland Gateway — sell to Chinese consumers', template: '%s · Heartland Gateway' },
  description,
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '48x48' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
    apple: '/apple-touch-icon.png',
  },
  openGraph: {
    siteName: 'Heartland Gateway',
    type: 'website',
    description,
    images: [{ url: '/og-image.png', width: 1200, height: 630, alt: 'Heartland Gateway' }],
  },
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
