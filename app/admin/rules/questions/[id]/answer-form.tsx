'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { answerRuleQuestionAction } from '../actions';

export function AnswerForm({ id, max }: { id: string; max: number }) {
  const [state, action] = useActionState(answerRuleQuestionAction, idleState);
  return (
    <form
      action={action}
      aria-labelledby="reply-h"
      noValidate
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="reply-h" className="text-lg font-semibold">
        Answer the seller
      </h2>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <TextAreaField
        name="answer"
        label="Answer"
        description="What applies, in plain words, and where it comes from. If the rules need a change, propose it too."
        required
        rows={6}
        maxLength={max}
        defaultValue={state.values?.answer}
        error={state.fieldErrors?.answer}
      />
      <SubmitButton pendingText="Sending…">Send the answer</SubmitButton>
    </form>
  );
}
