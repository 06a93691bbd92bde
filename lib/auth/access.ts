import { CAPABILITIES } from '@/lib/domain/team';
import { can, type Actor } from './actor';

/**
 * Who may call an endpoint, declared by every server action and route handler (lib/auth/action.ts,
 * lib/auth/route.ts). `public` must also be listed in lib/auth/public-endpoints.ts. A capability
 * (`listings:write` …) admits a business user acting for a business whose role or helper grant gives
 * it (lib/domain/team.ts); such a form must also carry the business it was rendered for. The data layer
 * still scopes every row (db/scope.ts): this is the door, not the only lock. `partner` is a route handler
 * called with an API key (`Authorization: Bearer`) and a declared `scope`: route() admits it from the
 * key, never from a session, so no signed-in user passes it here.
 */
export const ACCESS = ['public', 'user', 'business', 'helper', 'staff', 'admin', 'partner', ...CAPABILITIES] as const;
export type Access = (typeof ACCESS)[number];

export type Admission = 'admitted' | 'anonymous' | 'refused';

/** Whether a signed-in actor (or nobody) passes the door. Anonymous and refused are answered differently. */
export function admit(access: Access, actor: Actor | null): Admission {
  if (access === 'public') return 'admitted';
  if (!actor) return 'anonymous';
  switch (access) {
    case 'user':
      return 'admitted';
    case 'business':
      return actor.role === 'business' ? 'admitted' : 'refused';
    case 'helper':
      return actor.role === 'business' && actor.helper ? 'admitted' : 'refused';
    case 'staff':
      return actor.role === 'reviewer' || actor.role === 'admin' ? 'admitted' : 'refused';
    case 'admin':
      return actor.role === 'admin' ? 'admitted' : 'refused';
    case 'partner':
      return 'refused';
    default:
      return can(actor, access) ? 'admitted' : 'refused';
  }
}
