import type { Metadata } from 'next';
import Link from 'next/link';
import { listHelperOrganisations } from '@/db/queries/helpers';
import { requireAdmin } from '@/lib/auth/guards';
import { US_STATES } from '@/lib/domain/export-rules';
import { HELPER_KINDS, HELPER_KIND_LABELS } from '@/lib/domain/team';
import { CreateOrganisationForm } from './helper-forms';

export const metadata: Metadata = { title: 'Helper organisations' };

export default async function HelperOrganisationsPage() {
  const actor = await requireAdmin();
  const orgs = await listHelperOrganisations(actor);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Helper organisations</h1>
        <p className="max-w-3xl text-stone-700">
          Co-operatives, state agriculture offices, regional trade groups and export agents act for businesses that give
          them access. Their staff are ordinary business accounts; each business&apos;s owner decides what they may do
          and can end it at any time.
        </p>
      </div>
      {orgs.length === 0 ? (
        <p>No helper organisation yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Helper organisations by name</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                Name
              </th>
              <th scope="col" className="p-2">
                Kind
              </th>
              <th scope="col" className="p-2">
                States
              </th>
              <th scope="col" className="p-2">
                Staff
              </th>
              <th scope="col" className="p-2">
                Businesses with access
              </th>
            </tr>
          </thead>
          <tbody>
            {orgs.map((o) => (
              <tr key={o.id} className="border-b">
                <td className="p-2">
                  <Link href={`/admin/helpers/${o.id}`}>{o.name}</Link>
                </td>
                <td className="p-2">{HELPER_KIND_LABELS[o.kind]}</td>
                <td className="p-2">{o.states.join(', ') || '—'}</td>
                <td className="p-2">{o.staff}</td>
                <td className="p-2">{o.businesses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="space-y-4" aria-labelledby="create-h">
        <h2 id="create-h" className="text-xl font-semibold">
          Create a helper organisation
        </h2>
        <CreateOrganisationForm
          kinds={HELPER_KINDS.map((k) => ({ value: k, label: HELPER_KIND_LABELS[k] }))}
          states={Object.entries(US_STATES).map(([code, s]) => ({ value: code, label: `${s.en} (${code})` }))}
        />
      </section>
    </div>
  );
}
