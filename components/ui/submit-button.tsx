'use client';

import { useFormStatus } from 'react-dom';
import type { ButtonHTMLAttributes } from 'react';
import { buttonClass } from './button';

/** Shows a pending state while its form's action runs; works as a plain submit button without JS. */
export function SubmitButton({
  children,
  pendingText,
  variant = 'primary',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingText?: string; variant?: 'primary' | 'secondary' | 'danger' }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={buttonClass(variant)} disabled={pending} aria-disabled={pending} {...rest}>
      {pending ? (pendingText ?? 'Working…') : children}
    </button>
  );
}
