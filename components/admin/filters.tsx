import type { ReactNode } from 'react';

/** Controls of the admin list filters (GET forms: the URL is the state, so a filtered list can be shared). */
export const filterControl = 'w-full rounded-md border border-stone-400 bg-white px-2 py-1.5';

function Labelled({
  id,
  label,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

export function FilterInput({
  id,
  name,
  label,
  value,
  className,
  inputMode,
  hint,
}: {
  id: string;
  name: string;
  label: ReactNode;
  value: string | number | undefined;
  className?: string;
  inputMode?: 'numeric';
  /** A short line under the field, read out with it. */
  hint?: string;
}) {
  return (
    <Labelled id={id} label={label} className={className}>
      <input
        id={id}
        name={name}
        inputMode={inputMode}
        defaultValue={value?.toString() ?? ''}
        className={filterControl}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
    </Labelled>
  );
}

/** A select; `any` adds a first empty option ("Any") unless null. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  any = 'Any',
}: {
  id: string;
  name: string;
  label: ReactNode;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  any?: string | null;
}) {
  return (
    <Labelled id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ''} className={filterControl}>
        {any !== null ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}
