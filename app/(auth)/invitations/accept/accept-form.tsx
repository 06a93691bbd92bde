'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { acceptInvitationAction } from '../actions';

export function AcceptInvitationForm({ token, team }: { token: string; team: string }) {
  const [state, action] = useActionState(acceptInvitationAction, idleState);
  return (
    <form action={action} className="space-y-4" aria-label={`Join ${team}`}>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText="Joining…">Join {team}</SubmitButton>
    </form>
  );
}
