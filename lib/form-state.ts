import type { z } from 'zod';
import { ConflictError, DomainError, NotFoundError } from './errors';

export interface FormState {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the user typed, echoed back so a failed form keeps its values (never passwords). */
  values?: Record<string, string>;
}

export const idleState: FormState = { status: 'idle' };

const NEVER_ECHO = /password|confirm|current|token/i;

export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) {
    if (typeof v === 'string' && !k.startsWith('$') && !NEVER_ECHO.test(k)) out[k] = v;
  }
  return out;
}

/** First message per field, keyed by the dotted path, from a zod error. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}

export function invalid(error: z.ZodError, formData?: FormData): FormState {
  const fieldErrors = fieldErrorsFrom(error);
  const count = Object.keys(fieldErrors).length;
  return {
    status: 'error',
    message: count === 1 ? 'Please fix the highlighted field.' : `Please fix the ${count} highlighted fields.`,
    fieldErrors,
    values: formData ? formValues(formData) : undefined,
  };
}

/**
 * The data layer's expected refusals as form state: a DomainError names its fields, a ConflictError
 * explains what changed, a NotFoundError says `notFound`. Anything else is a bug and is rethrown.
 */
export function expectedFailure(e: unknown, formData: FormData, notFound = 'This no longer exists.'): FormState {
  if (e instanceof DomainError)
    return { status: 'error', message: e.message, fieldErrors: e.fieldErrors, values: formValues(formData) };
  if (e instanceof ConflictError) return { status: 'error', message: e.message, values: formValues(formData) };
  if (e instanceof NotFoundError) return { status: 'error', message: notFound };
  throw e;
}
