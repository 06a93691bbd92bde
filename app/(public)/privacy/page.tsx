import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Privacy notice' };

// Says what the code does: keep it in step with what is stored (db/schema) and who can see it (db/scope.ts).
export default function PrivacyPage() {
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Privacy notice</h1>
        <p className="text-stone-700">Last changed on 3 December 2026. Reading time: about four minutes.</p>
      </header>
      <section aria-labelledby="p-what" className="space-y-2">
        <h2 id="p-what" className="text-xl font-semibold">
          What we keep, and why
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <strong>Your account:</strong> your name and e-mail address, to sign you in and write to you. Your password
            is never stored, only a one-way hash of it (argon2id).
          </li>
          <li>
            <strong>Your business and application:</strong> legal name, EIN, address, what you sell, your registrations
            and the documents you upload, so a reviewer can decide on your application.
          </li>
          <li>
            <strong>Listings and shipments:</strong> what you enter about your products and shipments, so we can show
            your export readiness and track each shipment.
          </li>
          <li>
            <strong>Records of decisions:</strong> every review decision and status change, with who made it and when.
            This record cannot be edited; it is how you and we can tell what happened.
          </li>
          <li>
            <strong>Technical data:</strong> your network address, for a short time, to limit repeated sign-in and
            sign-up attempts; and server logs with a request reference, to fix errors.
          </li>
        </ul>
      </section>
      <section aria-labelledby="p-who" className="space-y-2">
        <h2 id="p-who" className="text-xl font-semibold">
          Who sees it
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>You, and the team members you invite, with the role you give them.</li>
          <li>
            A helper organisation (such as a co-op or state office), only if you grant it access, until you end it.
          </li>
          <li>Our reviewers and administrators, to decide on applications, listings and shipments.</li>
          <li>
            Shoppers in China see only what a reviewer approved for the storefront: the listing, its photos, and your
            business’s public name, city, state and story. Storefront partners receive the same approved catalogue.
          </li>
        </ul>
        <p>
          We do not sell your data, show advertising, or use tracking cookies. The only cookies keep you signed in and
          remember which business you work for.
        </p>
      </section>
      <section aria-labelledby="p-keep" className="space-y-2">
        <h2 id="p-keep" className="text-xl font-semibold">
          How long, and your choices
        </h2>
        <p>
          We keep your data while your account is open. Decision records are kept for as long as the law asks us to keep
          export records. You can correct your details in the portal at any time, choose whether notifications also come
          by e-mail in your settings, and ask us to close your account and delete what the law does not require us to
          keep. The <Link href="/terms">terms of use</Link> say what we ask of everyone using the service.
        </p>
      </section>
    </article>
  );
}
