import type { Role } from '@/db/schema/users';
import { safePath } from './safe-path';

/** Where each role starts: businesses on their dashboard, staff in the staff area. */
export const homePath = (role: Role) => (role === 'business' ? '/dashboard' : '/admin');

// Pages only a business user has; staff sent to one of them would only find "Page not found".
const BUSINESS_ONLY =
  /^\/(dashboard|onboarding|products|shipments|registrations|notifications|team|switch|helper)(?=[/?]|$)/;

/**
 * Where a user goes after signing in: the page they were sent from when their role can open it,
 * else their own home. `next` is untrusted (a query parameter) and goes through safePath.
 */
export function signInDestination(role: Role, next: unknown): string {
  const path = safePath(next, '');
  if (!path) return homePath(role);
  const staffOnly = path === '/admin' || path.startsWith('/admin/') || path.startsWith('/admin?');
  if (role === 'business' ? staffOnly : BUSINESS_ONLY.test(path)) return homePath(role);
  return path;
}
