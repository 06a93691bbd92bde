import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { sitemapIds } from '@/lib/sitemap-chunks';

// Signed-in areas and the API are no use to a crawler (they answer with a sign-in page or JSON).
export default function robots(): MetadataRoute.Robots {
  const base = env().APP_URL.replace(/\/$/, '');
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/api/',
        '/admin',
        '/dashboard',
        '/onboarding',
        '/products',
        '/shipments',
        '/registrations',
        '/purchase-orders',
        '/webhooks',
        '/settings',
        '/notifications',
        '/team',
        '/switch',
        '/helper',
        '/partner',
        '/dev/',
        '/bench/',
      ],
    },
    sitemap: sitemapIds().map((id) => `${base}/sitemap/${id}.xml`),
  };
}
