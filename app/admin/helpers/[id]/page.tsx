import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { getHelperOrganisation } from '@/db/queries/helpers';
import { requireAdmin } from '@/lib/auth/guards';
import { HELPER_KIND_LABELS } from '@/lib/domain/team';
import { NotFoundError } from '@/lib/errors';
import { AddStaffForm, RemoveStaffForm } from '../helper-forms';

export const metadata: Metadata = { title: 'Helper organisation' };

const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export default async function HelperOrganisationPage({ params, searchParams }: PageProps<'/admin/helpers/[id]'>) {
  const actor = await requireAdmin();
  const { id } = await params;
  const sp = await searchParams;
  const data = await getHelperOrganisation(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { organisation: o, staff, invitations, activeGrants } = data;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/helpers">All helper organisations</Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{o.name}</h1>
        <p className="text-stone-700">
          {HELPER_KIND_LABELS[o.kind]} · serves {o.states.join(', ') || 'no state yet'} · acting for {activeGrants}{' '}
          business{activeGrants === 1 ? '' : 'es'}
        </p>
      </div>
      {sp.created ? <Alert tone="success">Organisation created. Now add its staff.</Alert> : null}
      <section className="space-y-4" aria-labelledby="staff-h">
        <h2 id="staff-h" className="text-xl font-semibold">
          Staff
        </h2>
        {staff.length === 0 ? (
          <p>No staff yet.</p>
        ) : (
          <ul className="space-y-3">
            {staff.map((s) => (
              <li key={s.userId} className="flex flex-wrap items-center gap-4" data-testid={`staff-${s.email}`}>
                <span>
                  {s.name} ({s.email}), since {day.format(s.since)}
                </span>
                <RemoveStaffForm organisationId={o.id} userId={s.userId} name={s.name} />
              </li>
            ))}
          </ul>
        )}
        {invitations.length > 0 ? (
          <div>
            <h3 className="font-semibold">Invited, not yet joined</h3>
            <ul className="list-disc pl-6">
              {invitations.map((i) => (
                <li key={i.id}>
                  {i.email}, link valid until {day.format(i.expiresAt)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      <section className="space-y-4" aria-labelledby="add-staff-h">
        <h2 id="add-staff-h" className="text-xl font-semibold">
          Add a staff member
        </h2>
        <AddStaffForm organisationId={o.id} />
      </section>
    </div>
  );
}
