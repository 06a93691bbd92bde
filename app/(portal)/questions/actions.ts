'use server';

import { redirect } from 'next/navigation';
import { askRuleQuestion } from '@/db/mutations/rule-questions';
import { action } from '@/lib/auth/action';
import { expectedFailure } from '@/lib/form-state';
import { askRuleQuestionSchema } from '@/lib/validation/rule-question';

export const askRuleQuestionAction = action(
  { access: 'user', input: askRuleQuestionSchema },
  async ({ actor, input, formData }) => {
    let result: { id: string; duplicate: boolean };
    try {
      result = await askRuleQuestion(actor, input);
    } catch (e) {
      return expectedFailure(e, formData);
    }
    redirect(`/questions/${result.id}?${result.duplicate ? 'already=1' : 'asked=1'}`);
  },
);
