'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { decideRuleChange, proposeRuleChange, withdrawRuleChange } from '@/db/mutations/rules';
import { action, formAction } from '@/lib/auth/action';
import { NotFoundError } from '@/lib/errors';
import { expectedFailure, type FormState } from '@/lib/form-state';
import {
  readRuleChangeForm,
  ruleChangeIdInputSchema,
  ruleChangeInputSchema,
  ruleDecisionSchema,
} from '@/lib/validation/rule-change';

// The door is staff; the rules editor permission is checked again by the data layer, in the transaction.
const notEditor: FormState = {
  status: 'error',
  message: 'Only a rules editor can do this; an admin grants the permission on the Users page.',
};

export const proposeRuleChangeAction = action(
  { access: 'staff', input: ruleChangeInputSchema, read: readRuleChangeForm },
  async ({ actor, input, formData }) => {
    if (!actor.rulesEditor) return notEditor;
    let id: string;
    try {
      ({ id } = await proposeRuleChange(actor, input));
    } catch (e) {
      if (e instanceof NotFoundError) return notEditor;
      return expectedFailure(e, formData);
    }
    revalidatePath('/admin/rules');
    redirect(`/admin/rules/${id}?proposed=1`);
  },
);

export const decideRuleChangeAction = action(
  { access: 'staff', input: ruleDecisionSchema },
  async ({ actor, input, formData }) => {
    if (!actor.rulesEditor) return notEditor;
    try {
      await decideRuleChange(actor, input.id, input.decision, input.note);
    } catch (e) {
      return expectedFailure(e, formData, 'This change no longer exists, or you may not decide on it.');
    }
    revalidatePath('/admin/rules');
    redirect(`/admin/rules/${input.id}?decided=1`);
  },
);

export const withdrawRuleChangeAction = formAction(
  { access: 'staff', input: ruleChangeIdInputSchema, invalid: () => redirect('/admin/rules') },
  async ({ actor, input: { id } }) => {
    try {
      await withdrawRuleChange(actor, id);
    } catch {
      redirect(`/admin/rules/${id}?error=withdraw`);
    }
    revalidatePath('/admin/rules');
    redirect(`/admin/rules/${id}`);
  },
);
