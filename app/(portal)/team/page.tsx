import type { Metadata } from 'next';
import { listMembers } from '@/db/queries/team';
import { requireCapability } from '@/lib/auth/guards';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '@/lib/domain/team';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Team' };

async function TeamPage() {
  const actor = await requireCapability('team:view');
  const members = await listMembers(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Team of {actor.acting!.businessName}</h1>
      <p className="max-w-3xl text-stone-700">
        Everyone here works on this business&apos;s application, listings and shipments, each with a role. A business
        always has one owner.
      </p>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">Members and their roles</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              Name
            </th>
            <th scope="col" className="p-2">
              E-mail
            </th>
            <th scope="col" className="p-2">
              Role
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.userId} className="border-b" data-testid={`member-${m.email}`}>
              <td className="p-2">
                {m.name}
                {m.userId === actor.userId ? <span className="text-stone-600"> (you)</span> : null}
              </td>
              <td className="p-2">{m.email}</td>
              <td className="p-2">
                <span className="font-medium">{ROLE_LABELS[m.role]}</span>
                <span className="block text-stone-600">{ROLE_DESCRIPTIONS[m.role]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default withBusinessFrame(TeamPage);
