import type { Metadata } from 'next';
import Link from 'next/link';
import { signOutAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { getInvitationByToken } from '@/db/mutations/team';
import { ANONYMOUS } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/guards';
import { tokenSchema } from '@/lib/validation/auth';
import { AcceptInvitationForm } from './accept-form';

export const metadata: Metadata = { title: 'Invitation' };

const STATE_TEXT = {
  used: 'This invitation has already been used. Each link works once: if it was you, sign in to find the team.',
  expired: 'This invitation has expired. Ask the person who invited you to send a new one.',
  withdrawn: 'This invitation was withdrawn or replaced by a newer one. Use the latest e-mail, or ask for a new one.',
} as const;

/**
 * An invitation link: says what it is for, and lets the person signed in as the invited address join.
 * Anyone else is asked to sign in (or create an account) with that address; nothing changes until then.
 */
export default async function AcceptInvitationPage({ searchParams }: PageProps<'/invitations/accept'>) {
  const { token } = await searchParams;
  const parsed = tokenSchema.safeParse(token);
  const actor = await getActor();
  const invitation = parsed.success ? await getInvitationByToken(actor ?? ANONYMOUS, parsed.data) : null;
  if (!parsed.success || !invitation)
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-2xl font-bold">This invitation link does not work</h1>
        <p>It is incomplete or damaged. Open it again from the e-mail, or ask for a new invitation.</p>
      </div>
    );
  const here = `/invitations/accept?token=${encodeURIComponent(parsed.data)}`;
  const what = `${invitation.team} as ${/^[aeiou]/.test(invitation.role) ? 'an' : 'a'} ${invitation.role}`;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">Join {invitation.team}</h1>
      <p>
        {invitation.invitedBy ?? 'Someone'} invited <strong>{invitation.email}</strong> to join {what}.
      </p>
      {invitation.state !== 'open' ? (
        <Alert tone="warning" title="This link no longer works">
          <p>{STATE_TEXT[invitation.state]}</p>
        </Alert>
      ) : !actor ? (
        <div className="space-y-3">
          <p>To accept, sign in with {invitation.email}.</p>
          <p>
            <Link className={buttonClass()} href={`/sign-in?next=${encodeURIComponent(here)}`}>
              Sign in to accept
            </Link>
          </p>
          <p>
            No account yet? <Link href="/sign-up">Create one with {invitation.email}</Link>, confirm your e-mail, then
            open this link again.
          </p>
        </div>
      ) : actor.email.toLowerCase() !== invitation.email ? (
        <div className="space-y-3">
          <Alert tone="error" title="This invitation is for another e-mail address">
            <p>
              You are signed in as {actor.email}. Only {invitation.email} can accept it: sign out, then sign in or
              create an account with that address.
            </p>
          </Alert>
          <form action={signOutAction}>
            <button type="submit" className={buttonClass('secondary')}>
              Sign out
            </button>
          </form>
        </div>
      ) : (
        <AcceptInvitationForm token={parsed.data} team={invitation.team} />
      )}
    </div>
  );
}
