'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { CheckboxGroup } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { saveProductsAction } from '../actions';

type Option = { value: string; label: string; hint?: string };

export function ProductsForm(props: {
  categories: Option[];
  channels: Option[];
  chosenCategories: string[];
  chosenChannels: string[];
  locked: boolean;
}) {
  const [state, action] = useActionState(saveProductsAction, idleState);
  const cats =
    state.values?.categories !== undefined
      ? state.values.categories.split(',').filter(Boolean)
      : props.chosenCategories;
  const chans =
    state.values?.channels !== undefined ? state.values.channels.split(',').filter(Boolean) : props.chosenChannels;
  return (
    <form action={action} className="space-y-8" noValidate>
      <FormMessage state={state} />
      <fieldset disabled={props.locked} className="space-y-8">
        <CheckboxGroup
          name="categories"
          legend="What do you want to sell?"
          options={props.categories}
          defaultValues={cats}
          error={state.fieldErrors?.categories}
          key={`c-${cats.join()}`}
        />
        <CheckboxGroup
          name="channels"
          legend="How do you want to sell?"
          description="Not sure? Choose all that might fit; we will show what each one needs."
          options={props.channels}
          defaultValues={chans}
          error={state.fieldErrors?.channels}
          key={`h-${chans.join()}`}
        />
      </fieldset>
      {!props.locked ? <SubmitButton pendingText="Saving…">Save and continue</SubmitButton> : null}
    </form>
  );
}
