import Link from 'next/link';

/** Where a seller asks about a product the rules do not cover yet, with what is known filled in. */
export function askUsHref(p: { hs: string; state?: string; channel?: string; product?: string }) {
  const q = new URLSearchParams({ hs: p.hs });
  if (p.product) q.set('product', p.product);
  if (p.state) q.set('state', p.state);
  if (p.channel) q.set('channel', p.channel);
  return `/questions/new?${q}`;
}

export function AskUsLink(props: { hs: string; state?: string; channel?: string; product?: string }) {
  return (
    <Link href={askUsHref(props)} className="font-medium">
      Ask us about this product
    </Link>
  );
}
