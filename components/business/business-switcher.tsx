'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState, type FormState } from '@/lib/form-state';

/** The switch action, passed in by the page (components do not import routes). */
export type SwitchAction = (state: FormState, formData: FormData) => Promise<FormState>;

export interface SwitchChoice {
  businessId: string;
  label: string;
}

/** One button: switch to this business and open `next`. */
export function SwitchToButton({
  choice,
  next,
  action,
  button,
  variant,
}: {
  choice: SwitchChoice;
  next: string;
  action: SwitchAction;
  /** The button's words (default "Switch to …"). */
  button?: string;
  variant?: 'primary' | 'secondary';
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="businessId" value={choice.businessId} />
      <input type="hidden" name="next" value={next} />
      {state.status === 'error' ? (
        <p className="text-sm font-medium text-red-700" role="alert">
          {state.message}
        </p>
      ) : null}
      <SubmitButton pendingText="Switching…" variant={variant}>
        {button ?? `Switch to ${choice.label}`}
      </SubmitButton>
    </form>
  );
}

/** Chooses the business to work for; a plain form, so it works without JavaScript. */
export function BusinessSwitcher({
  choices,
  current,
  next,
  action,
}: {
  choices: SwitchChoice[];
  current: string | null;
  action: SwitchAction;
  /** Where to land after switching: the dashboard of the chosen business unless told otherwise. */
  next?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const error = state.fieldErrors?.businessId ?? (state.status === 'error' ? state.message : undefined);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" aria-label="Switch business">
      <input type="hidden" name="next" value={next ?? '/dashboard'} />
      <div>
        <label htmlFor="switch-business" className="block text-xs font-medium text-stone-700">
          Working for
        </label>
        <select
          id="switch-business"
          name="businessId"
          defaultValue={current ?? 'new'}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'switch-business-error' : undefined}
          className="rounded-md border border-stone-400 bg-white px-2 py-1 text-sm"
        >
          {choices.map((c) => (
            <option key={c.businessId} value={c.businessId}>
              {c.label}
            </option>
          ))}
          <option value="new">Start a new business…</option>
        </select>
      </div>
      <SubmitButton variant="secondary" pendingText="Switching…">
        Switch
      </SubmitButton>
      {error ? (
        <p id="switch-business-error" className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
