'use server';

import { redirect } from 'next/navigation';
import { answerRuleQuestion } from '@/db/mutations/rule-questions';
import { action } from '@/lib/auth/action';
import { expectedFailure, type FormState } from '@/lib/form-state';
import { answerRuleQuestionSchema } from '@/lib/validation/rule-question';

// The door is staff; the rules editor permission is checked again by the data layer, in the transaction.
const notEditor: FormState = {
  status: 'error',
  message: 'Only a rules editor can answer; an admin grants the permission on the Users page.',
};

export const answerRuleQuestionAction = action(
  { access: 'staff', input: answerRuleQuestionSchema },
  async ({ actor, input, formData }) => {
    if (!actor.rulesEditor) return notEditor;
    try {
      await answerRuleQuestion(actor, input.id, input.answer);
    } catch (e) {
      return expectedFailure(e, formData, 'This question no longer exists, or you may not answer it.');
    }
    redirect(`/admin/rules/questions/${input.id}?answered=1`);
  },
);
