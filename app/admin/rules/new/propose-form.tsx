'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { RuleChangeKind } from '@/lib/domain/rule-changes';
import { idleState } from '@/lib/form-state';
import { proposeRuleChangeAction } from '../actions';

type Option = { value: string; label: string };

export function ProposeForm(p: {
  kind: RuleChangeKind;
  today: string;
  states: Option[];
  categories: Option[];
  channels: Option[];
}) {
  const [state, action] = useActionState(proposeRuleChangeAction, idleState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const field = (name: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={label} defaultValue={v[name]} error={e[name]} {...extra} />
  );
  const checkbox = (name: string, label: string) => (
    <label className="flex items-center gap-2">
      <input type="checkbox" name={name} defaultChecked={v[name] === 'on'} />
      {label}
    </label>
  );
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="kind" value={p.kind} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">The change</legend>
        {p.kind === 'add_requirement' ? (
          <>
            {field('code', 'Code', { required: true, description: 'e.g. fumigation_certificate', maxLength: 40 })}
            {field('title', 'Title', { required: true, maxLength: 300 })}
            <SelectField
              name="providedBy"
              label="Provided by"
              required
              options={[
                { value: 'seller', label: 'The seller' },
                { value: 'importer', label: 'The Chinese importer' },
                { value: 'platform', label: 'The platform' },
                { value: 'carrier', label: 'The carrier' },
              ]}
              placeholder="Choose…"
              defaultValue={v.providedBy ?? ''}
              error={e.providedBy}
            />
            <CheckboxGroup
              name="categories"
              legend="Categories (none = every category)"
              options={p.categories}
              defaultValues={[]}
              error={e.categories}
            />
            <CheckboxGroup
              name="channels"
              legend="Channels (none = every channel)"
              options={p.channels}
              defaultValues={[]}
              error={e.channels}
            />
          </>
        ) : (
          field('hs6', 'HS code (6 digits)', { required: true, inputMode: 'numeric', maxLength: 8 })
        )}
        {p.kind === 'add_product' ? (
          <>
            {field('en', 'English name', { required: true, maxLength: 200 })}
            {field('zh', 'Chinese name', { required: true, maxLength: 100, lang: 'zh-CN' })}
            {field('keywords', 'Search words (comma-separated)', { maxLength: 300 })}
          </>
        ) : null}
        {p.kind === 'fruit_access_state' ? (
          <>
            <SelectField
              name="state"
              label="State"
              required
              options={p.states}
              placeholder="Choose…"
              defaultValue={v.state ?? ''}
              error={e.state}
            />
            {checkbox('treatment', 'Fruit from this state needs a quarantine treatment')}
          </>
        ) : null}
        {p.kind === 'mfn_rate'
          ? field('ratePercent', 'China MFN tariff (%)', { required: true, inputMode: 'decimal', maxLength: 6 })
          : null}
        {p.kind === 'cbec_listing' ? (
          <>
            <SelectField
              name="status"
              label="Positive-list status"
              required
              options={[
                { value: 'listed', label: 'On the list' },
                { value: 'not_listed', label: 'Not on the list' },
              ]}
              placeholder="Choose…"
              defaultValue={v.status ?? ''}
              error={e.status}
            />
            {checkbox('bondedOnly', 'Bonded import (1210) only')}
          </>
        ) : null}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Source and date</legend>
        {field('effectiveFrom', 'In force from', {
          required: true,
          type: 'date',
          defaultValue: v.effectiveFrom ?? p.today,
        })}
        {field('sourceId', 'Source on record (id, e.g. S147)', {
          maxLength: 20,
          description: 'Or leave empty and describe a new source below.',
        })}
        {field('sourceTitle', 'New source: title', { maxLength: 300 })}
        {field('sourceUrl', 'New source: address', { type: 'url', maxLength: 500 })}
        <SelectField
          name="sourceKind"
          label="New source: kind"
          options={[
            { value: 'primary', label: 'Primary — a regulator or government body, or its official text' },
            { value: 'secondary', label: 'Secondary — agency, trade press, laboratory, encyclopaedia' },
          ]}
          placeholder="Choose…"
          defaultValue={v.sourceKind ?? ''}
          error={e.sourceKind}
        />
        {field('sourceDate', 'New source: date (if known)', { maxLength: 20 })}
        <TextAreaField
          name="rationale"
          label="Why"
          required
          maxLength={1000}
          description="What the source says, for the second rules editor."
          defaultValue={v.rationale}
          error={e.rationale}
        />
      </fieldset>
      <SubmitButton pendingText="Proposing…">Propose the change</SubmitButton>
    </form>
  );
}
