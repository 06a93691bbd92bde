import { CharCounter } from '@/components/forms/char-counter';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldShell {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  /** Override the control id when a page has two fields of the same name. */
  id?: string;
}

function describedBy(id: string, description?: ReactNode, error?: string, counter?: boolean) {
  return (
    [description ? `${id}-desc` : null, counter ? `${id}-count` : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** A field with `counter` and a `maxLength` shows how much of the limit is used (CharCounter). */
interface Counted {
  counter?: boolean;
}

function Shell({
  id,
  label,
  description,
  error,
  children,
  required,
}: FieldShell & { id: string; children: ReactNode; required?: boolean }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-900">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden>
            {' '}
            *
          </span>
        ) : (
          <span className="font-normal text-stone-500"> (optional)</span>
        )}
      </label>
      {description ? (
        <p id={`${id}-desc`} className="text-sm text-stone-600">
          {description}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const control =
  'block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900 shadow-sm focus:border-green-800 focus:outline-none focus:ring-2 focus:ring-green-800 aria-[invalid=true]:border-red-700';

export function TextField({
  name,
  label,
  description,
  error,
  id,
  counter,
  ...rest
}: FieldShell & Counted & InputHTMLAttributes<HTMLInputElement>) {
  const cid = id ?? `f-${name}`;
  const counted = counter && rest.maxLength !== undefined;
  return (
    <Shell id={cid} name={name} label={label} description={description} error={error} required={rest.required}>
      <input
        id={cid}
        name={name}
        className={control}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(cid, description, error, counted)}
        {...rest}
      />
      {counted ? <CharCounter target={cid} max={rest.maxLength!} /> : null}
    </Shell>
  );
}

export function TextAreaField({
  name,
  label,
  description,
  error,
  id,
  counter,
  ...rest
}: FieldShell & Counted & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const cid = id ?? `f-${name}`;
  const counted = counter && rest.maxLength !== undefined;
  return (
    <Shell id={cid} name={name} label={label} description={description} error={error} required={rest.required}>
      <textarea
        id={cid}
        name={name}
        className={control}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(cid, description, error, counted)}
        {...rest}
      />
      {counted ? <CharCounter target={cid} max={rest.maxLength!} /> : null}
    </Shell>
  );
}

export function SelectField({
  name,
  label,
  description,
  error,
  id,
  options,
  placeholder,
  ...rest
}: FieldShell &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: readonly { value: string; label: string }[];
    placeholder?: string;
  }) {
  const cid = id ?? `f-${name}`;
  return (
    <Shell id={cid} name={name} label={label} description={description} error={error} required={rest.required}>
      {/* Keyed by its default: React's post-action form reset does not re-apply a select's new defaultValue. */}
      <select
        key={String(rest.defaultValue ?? '')}
        id={cid}
        name={name}
        className={control}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(cid, description, error)}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

/** A group of checkboxes in a fieldset with a legend; the error is tied to the group. */
export function CheckboxGroup({
  name,
  legend,
  description,
  error,
  options,
  defaultValues = [],
}: {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: readonly { value: string; label: string; hint?: string }[];
  defaultValues?: readonly string[];
}) {
  const id = `f-${name}`;
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={describedBy(id, description, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="text-sm font-medium text-stone-900">{legend}</legend>
      {description ? (
        <p id={`${id}-desc`} className="text-sm text-stone-600">
          {description}
        </p>
      ) : null}
      {options.map((o) => (
        <label key={o.value} className="flex items-start gap-2 text-stone-900">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            defaultChecked={defaultValues.includes(o.value)}
            className="mt-1 h-4 w-4 accent-green-800"
          />
          <span>
            {o.label}
            {o.hint ? <span className="block text-sm text-stone-600">{o.hint}</span> : null}
          </span>
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
