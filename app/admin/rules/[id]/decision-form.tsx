'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextAreaField } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button';
import { idleState } from '@/lib/form-state';
import { decideRuleChangeAction } from '../actions';

/** The second rules editor's decision: approve (the rules version increments) or reject with a reason. */
export function DecisionForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState(decideRuleChangeAction, idleState);
  return (
    <form
      action={action}
      aria-labelledby="decide-h"
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      noValidate
    >
      <h2 id="decide-h" className="text-lg font-semibold">
        Decide
      </h2>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <TextAreaField
        name="note"
        label="Note"
        description="Required to reject; shown in the history."
        maxLength={1000}
        defaultValue={state.values?.note}
        error={state.fieldErrors?.note}
      />
      <div className="flex gap-3">
        <button type="submit" name="decision" value="approve" className={buttonClass()} disabled={pending}>
          Approve
        </button>
        <button type="submit" name="decision" value="reject" className={buttonClass('secondary')} disabled={pending}>
          Reject
        </button>
      </div>
    </form>
  );
}
