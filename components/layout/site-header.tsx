import Link from 'next/link';
import { unreadNotificationCount } from '@/db/queries/notifications';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/guards';
import { signOutAction } from '@/app/(auth)/actions';

export async function SiteHeader() {
  const actor = await getActor();
  const links: { href: string; label: string }[] = [{ href: '/export-check', label: 'Export self-check' }];
  const unread = actor ? await unreadNotificationCount(actor) : 0;
  if (actor?.role === 'business') {
    if (actor.helper) links.push({ href: '/helper', label: 'Helper home' });
    if (actor.partner) links.push({ href: '/partner', label: 'Partner API' });
    links.push(
      { href: '/dashboard', label: 'Dashboard' },
      { href: '/products', label: 'Products' },
      { href: '/shipments', label: 'Shipments' },
      { href: '/purchase-orders', label: 'Orders' },
      { href: '/registrations', label: 'Registrations' },
    );
    if (can(actor, 'team:view')) links.push({ href: '/team', label: 'Team' });
    links.push(
      { href: '/notifications', label: unread ? `Notifications (${unread} unread)` : 'Notifications' },
      { href: '/settings', label: 'Settings' },
    );
  }
  if (actor && actor.role !== 'business')
    links.push(
      { href: '/admin/applications', label: 'Applications' },
      { href: '/admin/listings', label: 'Listings' },
      { href: '/admin/shipments', label: 'Shipments' },
      { href: '/admin/rules', label: 'Rules' },
      { href: '/admin', label: 'Admin' },
      { href: '/settings', label: 'Settings' },
    );
  if (actor?.role === 'admin')
    links.push({ href: '/admin/users', label: 'Users' }, { href: '/admin/partners', label: 'Partners' });
  return (
    <header className="border-b border-stone-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-green-900 no-underline">
          Heartland Gateway
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-4 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="text-stone-800 hover:text-green-900">
              {l.label}
            </Link>
          ))}
          {actor ? (
            <form action={signOutAction} className="flex items-center gap-3">
              <span className="text-stone-600" data-testid="signed-in-as">
                {actor.name} <span className="sr-only">signed in as</span>
                <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{actor.role}</span>
              </span>
              <button type="submit" className="text-stone-800 underline hover:text-green-900">
                Sign out
              </button>
            </form>
          ) : (
            <>
              <Link href="/sign-in" className="text-stone-800">
                Sign in
              </Link>
              <Link
                href="/sign-up"
                className="rounded-md bg-green-800 px-3 py-1.5 font-semibold text-white no-underline hover:bg-green-900"
              >
                Sign up free
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
