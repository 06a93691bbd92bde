import type { Metadata } from 'next';
import Link from 'next/link';
import { ChannelResult } from '@/components/export/channel-result';
import { AskUsLink } from '@/components/rules/ask-us-link';
import { SourceLinks } from '@/components/export/source-links';
import { FocusOnLoad } from '@/components/export/focus-on-load';
import { ExportCheckForm, type FormErrors, type FormValues } from '@/components/export/export-check-form';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { CATEGORIES, type ExportCheck } from '@/lib/domain/export-rules';
import { getActor } from '@/lib/auth/guards';
import { getRules } from '@/lib/rules-cache';
import {
  EXPORT_CHECK_PARAMS,
  exportCheckParams,
  parseExportCheckParams,
  type ExportCheckParam,
} from '@/lib/validation/export-check';

export const metadata: Metadata = {
  title: 'Export self-check',
  description:
    'Can you sell your product from your US state to Chinese consumers? See each sales channel, what you will need with official sources, and the consumer’s tax in CNY. No account needed.',
};

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ExportCheckPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const rules = await getRules();
  const inCatalogue = (hs: string) => rules.getProduct(hs) !== null && /^\d{6}$/.test(hs);
  const params = exportCheckParams(sp);
  const typedCode = first(sp.hs_code)?.trim() ?? '';
  // The picker sends `hs`, the free-text field `hs_code`; a typed code wins, and its errors show on that field.
  const useTyped = typedCode !== '';
  const submitted = useTyped || EXPORT_CHECK_PARAMS.some((p) => params[p] !== undefined);

  const values: FormValues = {
    hs: params.hs && inCatalogue(params.hs.trim()) ? params.hs.trim() : undefined,
    hs_code: useTyped ? typedCode : params.hs && !inCatalogue(params.hs.trim()) ? params.hs : undefined,
    state: params.state?.trim().toUpperCase(),
    channel: params.channel,
    price_cny: params.price_cny,
    quantity: params.quantity,
    value_usd: params.value_usd,
  };

  let check: ExportCheck | null = null;
  let errors: Partial<Record<ExportCheckParam, string>> = {};
  if (submitted) {
    const parsed = parseExportCheckParams({ ...params, hs: useTyped ? typedCode : params.hs }, rules);
    if (parsed.ok) check = rules.checkExport(parsed.input);
    else errors = parsed.errors;
  }
  const { hs: hsError, date: dateError, ...fieldErrors } = errors;
  // The HS error belongs to whichever field shows the code (a shared link's non-catalogue code lands in the text field).
  const formErrors: FormErrors = {
    ...fieldErrors,
    ...(values.hs_code !== undefined ? { hs_code: hsError } : { hs: hsError }),
  };
  const errorCount = Object.values(errors).filter(Boolean).length;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Export self-check</h1>
        <p className="max-w-3xl text-lg text-stone-700">
          Can you sell your product, from your state, to consumers in China? For each sales channel we show whether it
          is possible, why not, what you will need (each item linked to its official source) and the tax on a price you
          type. No account needed; the address of this page keeps your answers, so you can share it.
        </p>
      </header>

      {errorCount ? (
        <Alert
          tone="error"
          title={`Please fix the ${errorCount === 1 ? 'highlighted field' : `${errorCount} highlighted fields`}.`}
        >
          {dateError ? <p>{dateError}</p> : null}
        </Alert>
      ) : null}

      <ExportCheckForm values={values} errors={formErrors} products={rules.listProducts()} />

      {hsError && typedCode && /not in the product catalogue/.test(hsError) ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3">
          Our rules do not cover HS {typedCode} yet.{' '}
          <AskUsLink hs={typedCode} state={values.state} channel={values.channel} /> and a rules editor will look up
          what China requires for it.
        </p>
      ) : null}

      {check ? <Results check={check} /> : null}

      <StartApplication check={check} signedIn={(await getActor()) !== null} />
    </div>
  );
}

function Results({ check }: { check: ExportCheck }) {
  const { product, origin, query } = check;
  if (!product) return null;
  const category = CATEGORIES.find((c) => c.code === product.category);
  const open = check.results.filter((r) => r.eligible).length;
  const notAssessed = !product.assessed;
  const askUs = notAssessed ? (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-3">
      <AskUsLink
        hs={product.hs6}
        state={origin.state}
        channel={query.channels.length === 1 ? query.channels[0] : undefined}
        product={product.name.en}
      />{' '}
      and a rules editor will look up what China requires for it; we tell you by e-mail when there is an answer.
    </p>
  ) : null;
  return (
    <section aria-labelledby="results-heading" className="space-y-5">
      <div className="space-y-1">
        <h2 id="results-heading" tabIndex={-1} aria-describedby="results-summary" className="text-2xl font-bold">
          {product.name.en} from {origin.name.en}
        </h2>
        <FocusOnLoad id="results-heading" />
        <p className="text-stone-700">
          <span lang="zh-CN">{product.name.zh}</span> · HS {product.hs6} · {category?.label ?? product.category} ·{' '}
          {origin.state}
          {origin.midwest ? ' · Midwest' : ''}
        </p>
        <p id="results-summary" className="text-sm text-stone-700">
          {notAssessed
            ? 'We have not assessed this product’s rules yet; nothing we know blocks it.'
            : open === 0
              ? 'None of the channels checked is open for this product from your state.'
              : `${open} of ${check.results.length} channel${check.results.length === 1 ? '' : 's'} open.`}{' '}
          Rules in force on {query.date} (rule set {check.rulesVersion}).
          {query.priceCny ? ` Price CNY ${query.priceCny} × ${query.quantity}.` : ''}
        </p>
      </div>
      {askUs}
      <div className="space-y-5">
        {check.results.map((result) => (
          <ChannelResult key={result.channel} result={result} priceGiven={query.priceCny !== null} date={query.date} />
        ))}
      </div>
      {check.alternatives.length ? (
        <section aria-labelledby="alternatives-heading" className="space-y-2 rounded-lg bg-white p-5">
          <h3 id="alternatives-heading" className="text-xl font-bold">
            What you may be able to sell instead from {origin.name.en}
          </h3>
          <ul className="space-y-2">
            {check.alternatives.map((a) => (
              <li key={a.hs6} data-alternative={a.hs6}>
                <Link href={`/export-check?hs=${a.hs6}&state=${origin.state}`} className="font-medium">
                  {a.name.en} (HS {a.hs6})
                </Link>{' '}
                — {a.reason}{' '}
                <span className="text-sm">
                  <SourceLinks sources={a.sources} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

/**
 * Carries the choices into onboarding (which reads categories, channels and state from the query). A
 * visitor without an account starts at sign-up, which carries the same address through to sign-in.
 */
function StartApplication({ check, signedIn }: { check: ExportCheck | null; signedIn: boolean }) {
  const eligible = check?.results.filter((r) => r.eligible).map((r) => r.channel) ?? [];
  const onboarding = check?.product
    ? `/onboarding?categories=${encodeURIComponent(check.product.category)}&channels=${eligible.map(encodeURIComponent).join(',')}&state=${encodeURIComponent(check.origin.state)}`
    : '/onboarding';
  const href = signedIn ? onboarding : `/sign-up?next=${encodeURIComponent(onboarding)}`;
  return (
    <section aria-labelledby="next-step" className="space-y-3 rounded-lg bg-white p-5">
      <h2 id="next-step" className="text-xl font-bold">
        Ready to sell?
      </h2>
      <p className="text-stone-700">
        {check?.product
          ? 'Your application starts with these choices filled in. It is free, and we list every document you need.'
          : 'It is free, and we list every document you need for your products and channels.'}
      </p>
      <Link href={href} className={`${buttonClass()} no-underline`}>
        Start your application
      </Link>
    </section>
  );
}
