import type { Metadata } from 'next';
import { listPartnerOrganisations } from '@/db/queries/partners';
import { requireAdmin } from '@/lib/auth/guards';
import { PARTNER_KIND_LABELS } from '@/lib/domain/partners';
import { AddPartnerUserForm, CreatePartnerForm } from './forms';

export const metadata: Metadata = { title: 'Partners' };

export default async function PartnersPage() {
  const actor = await requireAdmin();
  const orgs = await listPartnerOrganisations(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Partners</h1>
      <p className="max-w-3xl text-stone-700">
        Storefront operators, importers and cross-border agencies work with the portal through its partner API. Create
        the organisation here and add its people; they create their own API keys and webhooks at /partner.
      </p>
      <CreatePartnerForm />
      {orgs.length === 0 ? <p>No partners yet.</p> : null}
      <ul className="space-y-4">
        {orgs.map((o) => (
          <li key={o.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 className="text-lg font-semibold">{o.name}</h2>
            <p className="text-sm text-stone-600">{PARTNER_KIND_LABELS[o.kind]}</p>
            <h3 className="mt-3 font-medium">People</h3>
            {o.people.length ? (
              <ul className="list-disc pl-6">
                {o.people.map((p) => (
                  <li key={p.email}>
                    {p.name} ({p.email})
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-stone-600">Nobody yet.</p>
            )}
            <div className="mt-3">
              <AddPartnerUserForm organisationId={o.id} name={o.name} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
