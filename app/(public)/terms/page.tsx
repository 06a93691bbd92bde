import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Terms of use' };

// Plain language on purpose: a business owner should understand every line without a lawyer.
export default function TermsPage() {
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Terms of use</h1>
        <p className="text-stone-700">Last changed on 3 December 2026. Reading time: about four minutes.</p>
      </header>
      <section aria-labelledby="t-what" className="space-y-2">
        <h2 id="t-what" className="text-xl font-semibold">
          What Heartland Gateway is
        </h2>
        <p>
          A free portal that helps US small businesses get ready to sell to Chinese consumers: it shows which export and
          import rules apply to your products, collects your documents, lets reviewers check your application and
          listings, and tracks your shipments. Using it costs nothing. It is independent and is not run by Alibaba,
          Tmall or any government.
        </p>
      </section>
      <section aria-labelledby="t-you" className="space-y-2">
        <h2 id="t-you" className="text-xl font-semibold">
          What we ask of you
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Give true and current information about yourself, your business and your products.</li>
          <li>Upload only documents that are genuine and that you are allowed to share.</li>
          <li>Keep your password to yourself. Invite team members instead of sharing an account.</li>
          <li>List only products you make or have the right to sell, and keep price and stock up to date.</li>
          <li>Do not try to reach other businesses’ data, overload the service, or get around its limits.</li>
        </ul>
      </section>
      <section aria-labelledby="t-rules" className="space-y-2">
        <h2 id="t-rules" className="text-xl font-semibold">
          Export rules are information, not legal advice
        </h2>
        <p>
          Every rule we show carries its source and the date it took effect, and we mark what we could not verify. Rules
          change, and a source can be wrong or late. You remain responsible for meeting US export and Chinese import
          requirements; when a decision matters, check the official source we link to or ask an adviser.
        </p>
      </section>
      <section aria-labelledby="t-review" className="space-y-2">
        <h2 id="t-review" className="text-xl font-semibold">
          Reviews and decisions
        </h2>
        <p>
          Reviewers decide on applications, documents and listings and tell you the reason for every decision. An
          approved listing is shown on the storefront to shoppers in China, in the approved wording. We may suspend a
          business or take down a listing that breaks these terms or the rules that apply to it, and we tell you why.
        </p>
      </section>
      <section aria-labelledby="t-end" className="space-y-2">
        <h2 id="t-end" className="text-xl font-semibold">
          Changes, and ending
        </h2>
        <p>
          We provide the service as it is, without a promise that it is always available or error-free. When these terms
          change we say so on this page with a new date, and by e-mail for changes that affect what you agreed to. You
          can stop using the service at any time. How we handle your data is in the{' '}
          <Link href="/privacy">privacy notice</Link>.
        </p>
      </section>
    </article>
  );
}
