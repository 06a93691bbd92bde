import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { listUsers } from '@/db/queries/users';
import { requireAdmin } from '@/lib/auth/guards';
import { userSearchSchema } from '@/lib/validation/auth';
import { changeRoleAction, setDisabledAction, setRulesEditorAction } from './actions';

export const metadata: Metadata = { title: 'Users' };

const dateFmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

export default async function UsersPage({ searchParams }: PageProps<'/admin/users'>) {
  const actor = await requireAdmin();
  const sp = await searchParams;
  const parsed = userSearchSchema.safeParse({ q: sp.q, role: sp.role || undefined, cursor: sp.cursor });
  const input = parsed.success ? parsed.data : { q: '', role: undefined, cursor: undefined };
  const page = await listUsers(actor, input);
  const here = `/admin/users?${new URLSearchParams(Object.entries({ q: input.q ?? '', role: input.role ?? '', cursor: input.cursor ?? '' }).filter(([, v]) => v)).toString()}`;
  const nextHref = page.nextCursor
    ? `/admin/users?${new URLSearchParams({ ...(input.q ? { q: input.q } : {}), ...(input.role ? { role: input.role } : {}), cursor: page.nextCursor })}`
    : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Users</h1>
      {typeof sp.msg === 'string' ? <Alert tone="info">{sp.msg}</Alert> : null}
      {!parsed.success ? <Alert tone="error">{parsed.error.issues[0]?.message}</Alert> : null}
      <form role="search" className="flex flex-wrap items-end gap-3" action="/admin/users">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Search by e-mail or name
          </label>
          <input id="q" name="q" defaultValue={input.q} className="rounded-md border border-stone-400 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="role" className="block text-sm font-medium">
            Role
          </label>
          <select
            id="role"
            name="role"
            defaultValue={input.role ?? ''}
            className="rounded-md border border-stone-400 px-3 py-2"
          >
            <option value="">Any</option>
            <option value="business">Business</option>
            <option value="reviewer">Reviewer</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <button className={buttonClass('secondary')} type="submit">
          Search
        </button>
      </form>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Users, newest first</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                Name
              </th>
              <th scope="col" className="p-2">
                E-mail
              </th>
              <th scope="col" className="p-2">
                Joined
              </th>
              <th scope="col" className="p-2">
                Role
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Rules editor
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((u) => (
              <tr key={u.id} className="border-b align-top" data-testid={`user-${u.email}`}>
                <td className="p-2">{u.name}</td>
                <td className="p-2">
                  {u.email}
                  {!u.emailVerified ? <span className="ml-1 text-xs text-stone-500">(unconfirmed)</span> : null}
                </td>
                <td className="p-2">{dateFmt.format(u.createdAt)}</td>
                <td className="p-2">
                  <form action={changeRoleAction} className="flex gap-2">
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="returnTo" value={here} />
                    <label className="sr-only" htmlFor={`role-${u.id}`}>
                      Role for {u.email}
                    </label>
                    <select
                      id={`role-${u.id}`}
                      name="role"
                      defaultValue={u.role}
                      className="rounded border border-stone-400 px-2 py-1"
                      disabled={u.id === actor.userId}
                    >
                      <option value="business">business</option>
                      <option value="reviewer">reviewer</option>
                      <option value="admin">admin</option>
                    </select>
                    {u.id !== actor.userId ? (
                      <button type="submit" className="underline">
                        Save role<span className="sr-only"> for {u.email}</span>
                      </button>
                    ) : null}
                  </form>
                </td>
                <td className="p-2">
                  {u.id === actor.userId ? (
                    'You'
                  ) : (
                    <form action={setDisabledAction}>
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="returnTo" value={here} />
                      <input type="hidden" name="disabled" value={u.disabled ? 'false' : 'true'} />
                      {u.disabled ? 'Disabled · ' : 'Active · '}
                      <button type="submit" className="underline">
                        {u.disabled ? 'Enable' : 'Disable'}
                        <span className="sr-only"> {u.email}</span>
                      </button>
                    </form>
                  )}
                </td>
                <td className="p-2">
                  {u.role === 'business' ? (
                    '—'
                  ) : (
                    <form action={setRulesEditorAction}>
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="returnTo" value={here} />
                      <input type="hidden" name="rulesEditor" value={u.rulesEditor ? 'false' : 'true'} />
                      {u.rulesEditor ? 'Yes · ' : 'No · '}
                      <button type="submit" className="underline">
                        {u.rulesEditor ? 'Remove' : 'Grant'}
                        <span className="sr-only"> rules editor permission for {u.email}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.rows.length === 0 ? <p>No users match.</p> : null}
      <nav aria-label="Pagination" className="flex gap-4">
        {input.cursor ? (
          <Link
            href={`/admin/users?${new URLSearchParams({ ...(input.q ? { q: input.q } : {}), ...(input.role ? { role: input.role } : {}) })}`}
          >
            First page
          </Link>
        ) : null}
        {nextHref ? <Link href={nextHref}>Next page</Link> : null}
      </nav>
    </div>
  );
}
