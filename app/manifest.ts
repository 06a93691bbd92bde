import type { MetadataRoute } from 'next';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Heartland Gateway',
    short_name: 'Heartland',
    description: 'Free export onboarding for US small businesses selling to Chinese consumers.',
    start_url: '/',
    display: 'standalone',
    background_color: '#fafaf9',
    theme_color: '#166534',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/icon-192.png', type: 'image/png', sizes: '192x192' },
      { src: '/icon-512.png', type: 'image/png', sizes: '512x512' },
      { src: '/icon-maskable-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  };
}
