import type { Metadata } from 'next';
import Link from 'next/link';
import { listNotifications } from '@/db/queries/notifications';
import { requireUser } from '@/lib/auth/guards';
import { markAllReadAction } from './actions';

export const metadata: Metadata = { title: 'Notifications' };

const fmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function NotificationsPage({ searchParams }: PageProps<'/notifications'>) {
  const actor = await requireUser();
  const { cursor } = await searchParams;
  const page = await listNotifications(actor, typeof cursor === 'string' ? cursor : undefined);
  const unread = page.rows.some((n) => !n.readAt);
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Notifications</h1>
        {unread ? (
          <form action={markAllReadAction}>
            <button type="submit" className="underline">
              Mark all as read
            </button>
          </form>
        ) : null}
      </div>
      {page.rows.length === 0 ? (
        <p>Nothing yet. We will tell you here, and by e-mail, when something happens to your application.</p>
      ) : null}
      <ul className="space-y-3">
        {page.rows.map((n) => (
          <li
            key={n.id}
            className={`rounded-lg border p-4 ${n.readAt ? 'border-stone-200 bg-white' : 'border-green-700 bg-green-50'}`}
          >
            <p className="text-sm text-stone-600">
              {fmt.format(n.createdAt)} UTC{!n.readAt ? <strong className="ml-2 text-green-900">New</strong> : null}
            </p>
            <h2 className="font-semibold">{n.link ? <Link href={n.link}>{n.title}</Link> : n.title}</h2>
            <p className="whitespace-pre-wrap text-stone-800">{n.body}</p>
          </li>
        ))}
      </ul>
      {page.nextCursor ? <Link href={`/notifications?cursor=${page.nextCursor}`}>Older notifications</Link> : null}
    </div>
  );
}
