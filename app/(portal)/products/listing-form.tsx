'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState, type FormState } from '@/lib/form-state';
import { LISTING_TEXT_LIMITS } from '@/lib/domain/listing-limits';
import type { ListingFieldDef } from '@/lib/rules';
import { ActingForField } from '@/components/business/acting-for';

export interface ListingFormProps {
  mode: 'create' | 'edit';
  id?: string;
  category: string;
  categoryLabel: string;
  fields: readonly ListingFieldDef[];
  /** The category's own examples (an apparel form never says "750 ml"). */
  example: { hs: string; packSize: string };
  initial: Record<string, string>;
  initialChannels: string[];
  units: readonly { value: string; label: string }[];
  states: readonly { value: string; label: string }[];
  channels: { value: string; label: string; hint?: string }[];
  zhNeedsUpdate: boolean;
  locked: boolean;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}

/** English and Chinese side by side; the category's own fields come from the rules data. */
export function ListingForm(p: ListingFormProps) {
  const [state, action] = useActionState(p.action, idleState);
  const v = (k: string) => state.values?.[k] ?? p.initial[k] ?? '';
  const e = (k: string) => state.fieldErrors?.[k];
  const channels =
    state.values?.channels !== undefined ? state.values.channels.split(',').filter(Boolean) : p.initialChannels;
  return (
    <form action={action} className="space-y-8" noValidate>
      <ActingForField />
      <FormMessage state={state} />
      {p.id ? <input type="hidden" name="id" value={p.id} /> : null}
      <input type="hidden" name="category" value={p.category} />
      <p className="text-sm text-stone-700">
        Category: <strong>{p.categoryLabel}</strong>
      </p>
      <fieldset className="space-y-5" disabled={p.locked}>
        <legend className="text-lg font-semibold">What it is</legend>
        <div className="grid gap-6 md:grid-cols-2">
          <div className="space-y-4">
            <h3 className="font-medium">English</h3>
            <TextField
              name="titleEn"
              label="Title (English)"
              required
              maxLength={LISTING_TEXT_LIMITS.titleEn}
              counter
              defaultValue={v('titleEn')}
              error={e('titleEn')}
            />
            <TextAreaField
              name="descriptionEn"
              label="Description (English)"
              required
              maxLength={LISTING_TEXT_LIMITS.descriptionEn}
              counter
              rows={5}
              defaultValue={v('descriptionEn')}
              error={e('descriptionEn')}
            />
          </div>
          <div className="space-y-4" lang="zh-CN">
            <h3 className="font-medium">
              简体中文 <span lang="en">(Simplified Chinese)</span>
              {p.zhNeedsUpdate ? (
                <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-950" lang="en">
                  Needs update
                </span>
              ) : null}
            </h3>
            <TextField
              name="titleZh"
              label={<span lang="en">Title (Chinese)</span>}
              maxLength={LISTING_TEXT_LIMITS.titleZh}
              counter
              defaultValue={v('titleZh')}
              error={e('titleZh')}
              description={<span lang="en">Required before you submit for a China channel.</span>}
            />
            <TextAreaField
              name="descriptionZh"
              label={<span lang="en">Description (Chinese)</span>}
              maxLength={LISTING_TEXT_LIMITS.descriptionZh}
              counter
              rows={5}
              defaultValue={v('descriptionZh')}
              error={e('descriptionZh')}
            />
            {p.zhNeedsUpdate ? (
              <label className="flex items-center gap-2 text-sm" lang="en">
                <input type="checkbox" name="zhConfirmed" /> The Chinese text still matches the English
              </label>
            ) : null}
          </div>
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="hs"
            label="HS code"
            required
            defaultValue={v('hs')}
            error={e('hs')}
            description={`6 to 10 digits, e.g. ${p.example.hs}. It must belong to the category.`}
          />
          <SelectField
            name="originState"
            label="State of origin"
            required
            options={p.states}
            placeholder="Choose…"
            defaultValue={v('originState')}
            error={e('originState')}
          />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          {p.fields.map((f) =>
            f.type === 'boolean' ? (
              <label key={f.key} className="flex items-center gap-2 self-end">
                <input
                  type="checkbox"
                  name={`attr.${f.key}`}
                  defaultChecked={v(`attributes.${f.key}`) === 'true' || v(`attr.${f.key}`) === 'on'}
                />
                {f.label}
              </label>
            ) : f.type === 'select' ? (
              <SelectField
                key={f.key}
                name={`attr.${f.key}`}
                label={f.label}
                required={f.required}
                options={(f.options ?? []).map((o) => ({ value: o.value, label: o.label }))}
                placeholder="Choose…"
                defaultValue={state.values?.[`attr.${f.key}`] ?? p.initial[`attributes.${f.key}`] ?? ''}
                error={e(`attributes.${f.key}`)}
                description={f.hint}
              />
            ) : (
              <TextField
                key={f.key}
                id={`attr-${f.key}`}
                name={`attr.${f.key}`}
                label={f.label}
                required={f.required}
                inputMode={f.type === 'number' ? 'decimal' : undefined}
                defaultValue={state.values?.[`attr.${f.key}`] ?? p.initial[`attributes.${f.key}`] ?? ''}
                error={e(`attributes.${f.key}`)}
                description={f.hint}
              />
            ),
          )}
        </div>
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold">Price and stock</legend>
        <p className="text-sm text-stone-700">Price and stock changes go live at once, without review.</p>
        <div className="grid gap-5 sm:grid-cols-3">
          <TextField
            name="priceUsd"
            label="Unit price (USD)"
            required
            inputMode="decimal"
            defaultValue={v('priceUsd')}
            error={e('priceUsd')}
          />
          <TextField
            name="stock"
            label="Stock"
            required
            inputMode="numeric"
            defaultValue={v('stock')}
            error={e('stock')}
          />
          <TextField
            name="minOrder"
            label="Minimum order"
            required
            inputMode="numeric"
            defaultValue={v('minOrder')}
            error={e('minOrder')}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-5" disabled={p.locked}>
        <legend className="text-lg font-semibold">Packing</legend>
        <div className="grid gap-5 sm:grid-cols-3">
          <SelectField
            name="unit"
            label="Unit"
            required
            options={p.units}
            placeholder="Choose…"
            defaultValue={v('unit')}
            error={e('unit')}
          />
          <TextField
            name="packSize"
            label="Pack size"
            required
            defaultValue={v('packSize')}
            error={e('packSize')}
            maxLength={LISTING_TEXT_LIMITS.packSize}
            description={`e.g. ${p.example.packSize}`}
          />
          <TextField
            name="weightKg"
            label="Weight (kg)"
            required
            inputMode="decimal"
            defaultValue={v('weightKg')}
            error={e('weightKg')}
          />
        </div>
        <CheckboxGroup
          name="channels"
          legend="Channels wanted"
          options={p.channels}
          defaultValues={channels}
          error={e('channels')}
          key={channels.join()}
        />
      </fieldset>
      {!p.locked ? (
        <SubmitButton pendingText="Saving…">{p.mode === 'create' ? 'Create listing' : 'Save changes'}</SubmitButton>
      ) : null}
    </form>
  );
}
