'use client';

import { useActionState } from 'react';
import { ActingForField } from '@/components/business/acting-for';
import { FormMessage } from '@/components/forms/form-message';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState, type FormState } from '@/lib/form-state';
import { GRANT_SCOPES, SCOPE_DESCRIPTIONS, SCOPE_LABELS } from '@/lib/domain/team';
import {
  acceptHelperRequestAction,
  changeMemberRoleAction,
  declineHelperRequestAction,
  grantHelperAction,
  inviteMemberAction,
  removeMemberAction,
  revokeHelperAction,
  transferOwnershipAction,
  withdrawInvitationAction,
} from './actions';

const ROLE_OPTIONS = [
  { value: 'editor', label: 'Editor: prepares the application, listings and shipments' },
  { value: 'viewer', label: 'Viewer: reads everything, changes nothing' },
];

// "View" is part of every grant, so it is shown checked and cannot be unticked.
const SCOPE_OPTIONS = GRANT_SCOPES.filter((s) => s !== 'view').map((s) => ({
  value: s,
  label: SCOPE_LABELS[s],
  hint: SCOPE_DESCRIPTIONS[s],
}));

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function InviteForm() {
  const [state, action] = useActionState(inviteMemberAction, idleState);
  const e = (k: string) => state.fieldErrors?.[k];
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate aria-labelledby="invite-h">
      <ActingForField />
      <FormMessage state={state} />
      <TextField
        name="email"
        label="E-mail"
        type="email"
        autoComplete="off"
        required
        description="They get a link that works once, for 7 days, and join when they sign in with this address."
        defaultValue={state.status === 'error' ? (state.values?.email ?? '') : ''}
        key={state.status === 'success' ? state.message : 'invite'}
        error={e('email')}
      />
      <SelectField
        name="role"
        label="Role"
        required
        options={ROLE_OPTIONS}
        defaultValue={state.values?.role ?? 'editor'}
        error={e('role')}
      />
      <SubmitButton pendingText="Sending…">Send invitation</SubmitButton>
    </form>
  );
}

/** One small form per row: a button (and maybe a select) posting one id. */
function RowForm({
  action,
  label,
  hidden,
  children,
  button,
  variant = 'secondary',
}: {
  action: Action;
  label: string;
  hidden: Record<string, string>;
  children?: React.ReactNode;
  button: string;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-2" noValidate aria-label={label}>
      <ActingForField />
      <FormMessage state={state} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <SubmitButton variant={variant} pendingText="Saving…">
        {button}
      </SubmitButton>
    </form>
  );
}

export function MemberForms({ userId, name, role }: { userId: string; name: string; role: 'editor' | 'viewer' }) {
  return (
    <div className="flex flex-wrap items-start gap-4">
      <RowForm action={changeMemberRoleAction} label={`Change ${name}’s role`} hidden={{ userId }} button="Change role">
        <SelectField
          id={`role-${userId}`}
          name="role"
          label={`Role of ${name}`}
          required
          options={ROLE_OPTIONS}
          defaultValue={role}
        />
      </RowForm>
      <RowForm
        action={removeMemberAction}
        label={`Remove ${name}`}
        hidden={{ userId }}
        button={`Remove ${name}`}
        variant="danger"
      />
    </div>
  );
}

export function TransferForm({ members }: { members: { userId: string; name: string; email: string }[] }) {
  const [state, action] = useActionState(transferOwnershipAction, idleState);
  const e = (k: string) => state.fieldErrors?.[k];
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate aria-labelledby="transfer-h">
      <ActingForField />
      <FormMessage state={state} />
      <SelectField
        name="userId"
        label="New owner"
        required
        placeholder="Choose a member"
        options={members.map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
        defaultValue={state.values?.userId ?? ''}
        error={e('userId')}
      />
      <div className="space-y-1">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="confirm"
            className="mt-1 h-4 w-4 accent-green-800"
            aria-invalid={e('confirm') ? true : undefined}
            aria-describedby={e('confirm') ? 'f-confirm-error' : undefined}
          />
          <span>I understand that I will become an editor and can no longer submit, or change members or helpers.</span>
        </label>
        {e('confirm') ? (
          <p id="f-confirm-error" className="text-sm font-medium text-red-700">
            {e('confirm')}
          </p>
        ) : null}
      </div>
      <SubmitButton variant="danger" pendingText="Handing over…">
        Hand over ownership
      </SubmitButton>
    </form>
  );
}

export function WithdrawInvitationForm({ invitationId, email }: { invitationId: string; email: string }) {
  return (
    <RowForm
      action={withdrawInvitationAction}
      label={`Withdraw the invitation to ${email}`}
      hidden={{ invitationId }}
      button="Withdraw"
    />
  );
}

export function GrantHelperForm({ choices }: { choices: { value: string; label: string }[] }) {
  const [state, action] = useActionState(grantHelperAction, idleState);
  const e = (k: string) => state.fieldErrors?.[k];
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate aria-labelledby="grant-h">
      <ActingForField />
      <FormMessage state={state} />
      <SelectField
        name="organisationId"
        label="Organisation"
        required
        placeholder="Choose an organisation"
        options={choices}
        defaultValue={state.values?.organisationId ?? ''}
        error={e('organisationId')}
      />
      <CheckboxGroup
        name="scopes"
        legend="What they may do"
        description="They can always view your application, listings, shipments and registrations. Only you submit the application."
        options={SCOPE_OPTIONS}
        error={e('scopes')}
      />
      <SubmitButton pendingText="Saving…">Give access</SubmitButton>
    </form>
  );
}

export function HelperRequestForms({ grantId, name, scopes }: { grantId: string; name: string; scopes: string[] }) {
  const [state, action] = useActionState(acceptHelperRequestAction, idleState);
  return (
    <div className="flex flex-wrap items-start gap-6">
      <form action={action} className="space-y-3" noValidate aria-label={`Accept ${name}’s request`}>
        <ActingForField />
        <FormMessage state={state} />
        <input type="hidden" name="grantId" value={grantId} />
        <CheckboxGroup
          name="scopes"
          legend={`What ${name} may do`}
          options={SCOPE_OPTIONS}
          defaultValues={scopes}
          error={state.fieldErrors?.scopes}
        />
        <SubmitButton pendingText="Saving…">Accept</SubmitButton>
      </form>
      <RowForm
        action={declineHelperRequestAction}
        label={`Decline ${name}’s request`}
        hidden={{ grantId }}
        button="Decline"
      />
    </div>
  );
}

export function RevokeHelperForm({ grantId, name }: { grantId: string; name: string }) {
  return (
    <RowForm
      action={revokeHelperAction}
      label={`End ${name}’s access`}
      hidden={{ grantId }}
      button={`End ${name}’s access`}
      variant="danger"
    />
  );
}
