import { Alert } from '@/components/ui/alert';
import type { Actor } from '@/lib/auth/actor';
import { ROLE_LABELS } from '@/lib/domain/team';

/** Why a page shows no way to change something: the actor's role or grant does not allow it. */
export function ViewOnlyNotice({ actor, what, who = 'the owner' }: { actor: Actor; what: string; who?: string }) {
  const acting = actor.acting;
  if (!acting) return null;
  const because =
    acting.via.kind === 'member'
      ? `your role at ${acting.businessName} is ${ROLE_LABELS[acting.via.role].toLowerCase()}`
      : `${acting.via.organisationName}'s access to ${acting.businessName} does not include it`;
  return (
    <Alert tone="info" title={`You can view ${what} but not change it`}>
      <p>
        That is because {because}. {who === 'the owner' ? 'Ask the owner' : `Ask ${who}`} if you need to.
      </p>
    </Alert>
  );
}
