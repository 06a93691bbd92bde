import type { ReactNode } from 'react';
import { signOutAction } from '@/app/(auth)/actions';
import { Shell as Frame } from '@/components/layout/shell';
import { SiteHeader, type NavLink } from '@/components/layout/site-header';
import { unreadNotificationCount } from '@/db/queries/notifications';
import { can, type Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/guards';

/** The page frame of every layout outside the storefront: reads who is signed in and builds their links. */
export async function Shell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const actor = await getActor();
  const unread = actor ? await unreadNotificationCount(actor) : 0;
  const header = (
    <SiteHeader
      links={navLinks(actor, unread)}
      user={actor ? { name: actor.name, role: actor.role } : null}
      signOutAction={signOutAction}
    />
  );
  return (
    <Frame header={header} wide={wide}>
      {children}
    </Frame>
  );
}

function navLinks(actor: Actor | null, unread: number): NavLink[] {
  const links: NavLink[] = [{ href: '/export-check', label: 'Export self-check' }];
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
    if (can(actor, 'members:manage')) links.push({ href: '/webhooks', label: 'Webhooks' });
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
    links.push(
      { href: '/admin/users', label: 'Users' },
      { href: '/admin/partners', label: 'Partners' },
      { href: '/admin/helpers', label: 'Helpers' },
    );
  return links;
}
