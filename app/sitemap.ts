import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { listSitemapProducts, listSitemapSellers } from '@/db/queries/sitemap';
import { env } from '@/lib/env';
import { parseSitemapId, sitemapIds } from '@/lib/sitemap-chunks';

// /sitemap/<id>.xml: the public pages, then the storefront's products and sellers in fixed id slices
// (lib/sitemap-chunks.ts). robots.txt lists every one of them.
export async function generateSitemaps() {
  return sitemapIds().map((id) => ({ id }));
}

const PUBLIC_PAGES = ['/', '/export-check', '/store', '/terms', '/privacy'];

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  // Read at request time: the build has no database, and the catalogue changes all day.
  await connection();
  const base = env().APP_URL.replace(/\/$/, '');
  const which = parseSitemapId(await id);
  if (!which) return [];
  if (which.kind === 'pages') return PUBLIC_PAGES.map((p) => ({ url: `${base}${p}` }));
  const rows =
    which.kind === 'products'
      ? await listSitemapProducts(which.chunk, which.of)
      : await listSitemapSellers(which.chunk, which.of);
  const path = which.kind === 'products' ? '/store/products/' : '/store/sellers/';
  return rows.map((r) => ({
    url: `${base}${path}${encodeURIComponent(r.slug)}`,
    ...(r.at ? { lastModified: r.at } : {}),
  }));
}
