'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { CheckboxGroup } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { saveProductsAction } from '../actions';
import { ActingForField } from '@/components/business/acting-for';

type Option = { value: string; label: string; hint?: string };

export function ProductsForm(props: {
  categories: Option[];
  channels: Option[];
  chosenCategories: string[];
  chosenChannels: string[];
  childrensWear: boolean | null;
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
      <ActingForField />
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
        <ChildrensWearQuestion
          value={
            state.values?.childrensWear !== undefined
              ? state.values.childrensWear
              : props.childrensWear === null
                ? ''
                : props.childrensWear
                  ? 'yes'
                  : 'no'
          }
          error={state.fieldErrors?.childrensWear}
        />
      </fieldset>
      {!props.locked ? <SubmitButton pendingText="Saving…">Save and continue</SubmitButton> : null}
    </form>
  );
}

/** Asked of every apparel seller (children's clothing needs GB 31701); ignored when apparel is not chosen. */
function ChildrensWearQuestion({ value, error }: { value: string; error?: string }) {
  const describedBy = error ? 'kids-hint kids-error' : 'kids-hint';
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      key={`k-${value}`}
    >
      <legend className="font-semibold">
        If you sell apparel: do you sell clothing for babies or children up to 14?
      </legend>
      <p id="kids-hint" className="text-sm text-stone-700">
        Children’s clothing sold into China must meet GB 31701-2015, so we add its test report to your checklist.
      </p>
      {[
        ['yes', 'Yes, babies’ or children’s clothing'],
        ['no', 'No, adult clothing only'],
      ].map(([v, label]) => (
        <label key={v} className="flex items-center gap-2">
          <input type="radio" name="childrensWear" value={v} defaultChecked={value === v} />
          {label}
        </label>
      ))}
      {error ? (
        <p id="kids-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
