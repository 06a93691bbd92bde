import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

const steps = [
  { title: 'Create a free account', body: 'Your name, e-mail and a password. Confirm your e-mail with one click.' },
  {
    title: 'Tell us about your business',
    body: 'Legal name, EIN, address and what you sell. We save every step so you can finish later.',
  },
  {
    title: 'See exactly what you need',
    body: 'Pick fresh fruit, wine, processed foods or apparel and your sales channels. We list each permit, registration and certificate China asks for, with the official source.',
  },
  {
    title: 'Upload your documents and apply',
    body: 'Upload each document once. A reviewer checks your application and tells you plainly what, if anything, to fix.',
  },
  {
    title: 'List your products',
    body: 'Write your listing in English and Chinese, see its export readiness, and go live on the storefront once approved.',
  },
  {
    title: 'Ship and track',
    body: 'Every shipment gets one timeline: certificates, export filing, freight and Chinese customs, with reminders before anything expires.',
  },
];

export default function LandingPage() {
  return (
    <div className="space-y-12">
      <section className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-green-900">
          For US farms, wineries, food makers and apparel brands
        </p>
        <h1 className="text-4xl font-bold leading-tight">
          Sell your products to Chinese consumers, one clear step at a time.
        </h1>
        <p className="text-lg text-stone-700">
          Heartland Gateway helps small US businesses — especially in the Midwest — get ready to sell through
          China-facing storefronts such as Tmall Global and Alibaba.com. We tell you which rules apply to your products,
          collect your documents in one place, and track every shipment until it is delivered.
        </p>
        <p className="text-lg font-semibold">It costs nothing. There is no fee to apply, list or track shipments.</p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className={`${buttonClass()} no-underline`}>
            Start your free application
          </Link>
          <Link href="/export-check" className={`${buttonClass('secondary')} no-underline`}>
            Check what you can export first
          </Link>
        </div>
        <p>
          <Link href="/programme">See the programme in numbers</Link>: businesses approved by state and category,
          listings live and shipments delivered.
        </p>
      </section>
      <section aria-labelledby="how" className="space-y-4">
        <h2 id="how" className="text-2xl font-bold">
          From sign-up to your first shipment
        </h2>
        <ol className="grid gap-4 sm:grid-cols-2">
          {steps.map((s, i) => (
            <li key={s.title} className="rounded-lg border border-stone-200 bg-white p-5">
              <p className="text-sm font-semibold text-green-900">Step {i + 1}</p>
              <h3 className="font-semibold">{s.title}</h3>
              <p className="mt-1 text-stone-700">{s.body}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="why" className="space-y-2 rounded-lg bg-white p-5">
        <h2 id="why" className="text-xl font-bold">
          Why this exists
        </h2>
        <p className="text-stone-700">
          In 2017 Alibaba promised to help one million US small businesses, especially Midwest farmers, sell to Chinese
          consumers; it withdrew that pledge in 2018 during the trade war. That programme is not running. Heartland
          Gateway is an independent portal built on the same idea: the rules are knowable, and a small business should
          not need a consultant to follow them.
        </p>
      </section>
    </div>
  );
}
