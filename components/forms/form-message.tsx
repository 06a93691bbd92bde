'use client';

import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/form-state';
import { Alert } from '@/components/ui/alert';

/** The form-level message; on an error, moves focus to the first invalid field (or the message). */
export function FormMessage({ state }: { state: FormState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const form = ref.current?.closest('form');
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]:not(fieldset)');
    (first ?? ref.current)?.focus();
  }, [state]);
  if (state.status === 'idle' || !state.message) return <div ref={ref} tabIndex={-1} />;
  return (
    <div ref={ref} tabIndex={-1}>
      <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert>
    </div>
  );
}
