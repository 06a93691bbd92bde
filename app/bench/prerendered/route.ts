// Upper baseline for bench/store.mjs: the fastest page Next can serve here, HTML prerendered at build
// time (force-static) and sent from the build output with no rendering at all, the size of a storefront
// product page (≈ 22 kB). The proxy answers 404 for /bench/* in production unless BENCH_PAGES=true.
import { route } from '@/lib/auth/route';

export const dynamic = 'force-static';

const ROW =
  '<p>这是一段与商品介绍长度相近的静态文字，用于基准测试。来自美国中西部的农场、酒庄和食品厂，人民币标价，跨境税费透明。</p>\n';
const HTML = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>预渲染基准页面</title><meta name="robots" content="noindex"></head><body><main><h1>预渲染基准页面</h1>\n${ROW.repeat(120)}</main></body></html>`;

export const GET = route(
  { access: 'public' },
  () => new Response(HTML, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
);
