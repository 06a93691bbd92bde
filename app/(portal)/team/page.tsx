import type { Metadata } from 'next';
import Link from 'next/link';
import {
  listActivity,
  listBusinessHelpers,
  listHelperChoices,
  listMembers,
  listPendingInvitations,
} from '@/db/queries/team';
import { can } from '@/lib/auth/actor';
import { requireCapability } from '@/lib/auth/guards';
import { HELPER_KIND_LABELS, ROLE_DESCRIPTIONS, ROLE_LABELS, SCOPE_LABELS } from '@/lib/domain/team';
import { withBusinessFrame } from '@/app/(portal)/business-frame';
import {
  GrantHelperForm,
  HelperRequestForms,
  InviteForm,
  MemberForms,
  RevokeHelperForm,
  TransferForm,
  WithdrawInvitationForm,
} from './team-forms';

export const metadata: Metadata = { title: 'Team' };

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

async function TeamPage({ searchParams }: PageProps<'/team'>) {
  const actor = await requireCapability('team:view');
  const sp = await searchParams;
  const helpersOnly = sp.activity === 'helpers';
  const cursor = typeof sp.after === 'string' ? sp.after : undefined;
  const owner = can(actor, 'members:manage');
  const [members, helpers, activity, invitations, choices] = await Promise.all([
    listMembers(actor),
    listBusinessHelpers(actor),
    listActivity(actor, { helpersOnly, cursor }),
    owner ? listPendingInvitations(actor) : Promise.resolve([]),
    can(actor, 'helpers:manage') ? listHelperChoices(actor) : Promise.resolve([]),
  ]);
  const others = members.filter((m) => m.userId !== actor.userId);
  const requests = helpers.filter((h) => h.status === 'requested');
  const active = helpers.filter((h) => h.status === 'active');
  const activeIds = new Set(active.map((h) => h.organisationId));
  const activityHref = (q: Record<string, string>) => `/team?${new URLSearchParams(q)}#activity-h`;
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Team of {actor.acting!.businessName}</h1>
        <p className="max-w-3xl text-stone-700">
          Everyone here works on this business&apos;s application, listings and shipments, each with a role. A business
          always has one owner. Helper organisations (co-operatives, state offices, trade groups, export agents) act for
          the business only with the owner&apos;s consent, and everything anyone does is in the activity log below.
        </p>
      </div>

      <section className="space-y-4" aria-labelledby="members-h">
        <h2 id="members-h" className="text-xl font-semibold">
          Members
        </h2>
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
              {owner ? (
                <th scope="col" className="p-2">
                  Change
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId} className="border-b align-top" data-testid={`member-${m.email}`}>
                <td className="p-2">
                  {m.name}
                  {m.userId === actor.userId ? <span className="text-stone-600"> (you)</span> : null}
                </td>
                <td className="p-2">{m.email}</td>
                <td className="p-2">
                  <span className="font-medium">{ROLE_LABELS[m.role]}</span>
                  <span className="block text-stone-600">{ROLE_DESCRIPTIONS[m.role]}</span>
                </td>
                {owner ? (
                  <td className="p-2">
                    {m.role === 'owner' ? (
                      <span className="text-stone-600">Hand over ownership below</span>
                    ) : (
                      <MemberForms userId={m.userId} name={m.name} role={m.role} />
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {owner ? (
        <section className="space-y-4" aria-labelledby="invite-h">
          <h2 id="invite-h" className="text-xl font-semibold">
            Invite someone
          </h2>
          <InviteForm />
          {invitations.length > 0 ? (
            <div className="space-y-2">
              <h3 className="font-semibold">Waiting for an answer</h3>
              <ul className="space-y-3">
                {invitations.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center gap-4" data-testid={`invitation-${i.email}`}>
                    <span>
                      {i.email} as {i.role}, link valid until {day.format(i.expiresAt)}
                    </span>
                    <WithdrawInvitationForm invitationId={i.id} email={i.email} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}

      {owner && others.length > 0 ? (
        <section className="space-y-4" aria-labelledby="transfer-h">
          <h2 id="transfer-h" className="text-xl font-semibold">
            Hand over ownership
          </h2>
          <p className="max-w-3xl text-stone-700">
            The new owner submits the application and manages members and helpers. You stay on the team as an editor.
          </p>
          <TransferForm members={others} />
        </section>
      ) : null}

      <section className="space-y-4" aria-labelledby="helpers-h">
        <h2 id="helpers-h" className="text-xl font-semibold">
          Helper organisations
        </h2>
        {requests.length > 0 ? (
          <div className="space-y-4">
            <h3 className="font-semibold">Asking to help</h3>
            <ul className="space-y-6">
              {requests.map((h) => (
                <li key={h.id} className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4">
                  <p>
                    <strong>{h.organisationName}</strong> ({HELPER_KIND_LABELS[h.kind]}, {h.states.join(', ')}) asks
                    for: {h.scopes.map((x) => SCOPE_LABELS[x]).join(', ')}.
                  </p>
                  {h.message ? <p className="text-stone-700">Their message: {h.message}</p> : null}
                  {can(actor, 'helpers:manage') ? (
                    <HelperRequestForms grantId={h.id} name={h.organisationName} scopes={h.scopes} />
                  ) : (
                    <p className="text-stone-600">The owner decides.</p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {active.length > 0 ? (
          <ul className="space-y-4">
            {active.map((h) => (
              <li
                key={h.id}
                className="flex flex-wrap items-center justify-between gap-4 rounded-md border border-stone-200 bg-white p-4"
                data-testid={`helper-${h.organisationName}`}
              >
                <p>
                  <strong>{h.organisationName}</strong> ({HELPER_KIND_LABELS[h.kind]}) since {day.format(h.since)}:{' '}
                  {h.scopes.map((x) => SCOPE_LABELS[x]).join(', ')}
                </p>
                {can(actor, 'helpers:manage') ? <RevokeHelperForm grantId={h.id} name={h.organisationName} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">No helper organisation acts for this business.</p>
        )}
        {can(actor, 'helpers:manage') ? (
          <div className="space-y-3">
            <h3 id="grant-h" className="font-semibold">
              Give a helper organisation access
            </h3>
            <GrantHelperForm
              choices={choices.map((c) => ({
                value: c.id,
                label: `${c.name} (${HELPER_KIND_LABELS[c.kind]}${c.states.length ? `, ${c.states.join(', ')}` : ''})${activeIds.has(c.id) ? ': has access' : ''}`,
              }))}
            />
          </div>
        ) : null}
      </section>

      <section className="space-y-4" aria-labelledby="activity-h">
        <h2 id="activity-h" className="text-xl font-semibold">
          Activity
        </h2>
        <nav aria-label="Activity filter" className="flex gap-4 text-sm">
          {helpersOnly ? (
            <Link href={activityHref({})}>Everyone&apos;s actions</Link>
          ) : (
            <span aria-current="page" className="font-semibold">
              Everyone&apos;s actions
            </span>
          )}
          {helpersOnly ? (
            <span aria-current="page" className="font-semibold">
              Helpers&apos; actions only
            </span>
          ) : (
            <Link href={activityHref({ activity: 'helpers' })}>Helpers&apos; actions only</Link>
          )}
        </nav>
        {activity.rows.length === 0 ? (
          <p className="text-stone-700">Nothing recorded yet.</p>
        ) : (
          <ol className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="activity">
            {activity.rows.map((r) => (
              <li key={r.id} className="p-3 text-sm">
                <span className="font-medium">{r.summary}</span>{' '}
                <span className={r.helper ? 'text-amber-900' : 'text-stone-600'}>{r.by}</span>
                <span className="block text-stone-600">
                  <time dateTime={r.at.toISOString()}>{when.format(r.at)} UTC</time>
                </span>
              </li>
            ))}
          </ol>
        )}
        {activity.nextCursor ? (
          <Link href={activityHref({ ...(helpersOnly ? { activity: 'helpers' } : {}), after: activity.nextCursor })}>
            Older activity
          </Link>
        ) : null}
      </section>
    </div>
  );
}

export default withBusinessFrame(TeamPage);
