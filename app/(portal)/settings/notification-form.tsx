'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { saveNotificationPreferenceAction } from './actions';

const OPTIONS = [
  {
    value: 'email_and_in_app',
    label: 'E-mail and in-app',
    hint: 'Each notification also comes to your e-mail address.',
  },
  {
    value: 'in_app_only',
    label: 'In-app only',
    hint: 'Notifications wait under “Notifications” here; no e-mail copies. Account e-mails (confirmation, password reset) still come.',
  },
] as const;

export function NotificationPreferenceForm({ emailNotifications }: { emailNotifications: boolean }) {
  const [state, action] = useActionState(saveNotificationPreferenceAction, idleState);
  const current = state.values?.delivery ?? (emailNotifications ? 'email_and_in_app' : 'in_app_only');
  const error = state.fieldErrors?.delivery;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <fieldset
        className="space-y-2"
        aria-describedby={error ? 'f-delivery-error' : undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend className="text-sm font-medium text-stone-900">
          How should we tell you about reviews, shipments and expiring registrations?
        </legend>
        {OPTIONS.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-stone-900">
            <input
              key={current}
              type="radio"
              name="delivery"
              value={o.value}
              defaultChecked={current === o.value}
              className="mt-1 h-4 w-4 accent-green-800"
            />
            <span>
              {o.label}
              <span className="block text-sm text-stone-600">{o.hint}</span>
            </span>
          </label>
        ))}
        {error ? (
          <p id="f-delivery-error" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingText="Saving…" variant="secondary">
        Save notification choice
      </SubmitButton>
    </form>
  );
}
