'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { saveRegistrationsAction } from '../actions';
import { ActingForField } from '@/components/business/acting-for';

export interface RegistrationAsk {
  code: string;
  title: string;
  why: string;
  optional: boolean;
  sourceUrl?: string;
  verified: boolean;
  number: string;
  issuer: string;
  expiresOn: string;
}

export function RegistrationsForm({ asks, locked }: { asks: RegistrationAsk[]; locked: boolean }) {
  const [state, action] = useActionState(saveRegistrationsAction, idleState);
  const v = (k: string, fallback: string) => state.values?.[k] ?? fallback;
  const e = (k: string) => state.fieldErrors?.[k];
  return (
    <form action={action} className="space-y-8" noValidate>
      <ActingForField />
      <FormMessage state={state} />
      <fieldset disabled={locked} className="space-y-8">
        <legend className="sr-only">Registrations</legend>
        {asks.map((a) => (
          <section
            key={a.code}
            aria-labelledby={`h-${a.code}`}
            className="space-y-4 rounded-lg border border-stone-200 bg-white p-5"
          >
            <h2 id={`h-${a.code}`} className="text-lg font-semibold">
              {a.title} {a.optional ? <span className="text-sm font-normal text-stone-600">(optional)</span> : null}
            </h2>
            <p className="text-sm text-stone-700">
              {a.why}{' '}
              {a.sourceUrl ? (
                <a href={a.sourceUrl} rel="noreferrer" target="_blank">
                  Official source
                </a>
              ) : null}
              {!a.verified ? (
                <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-950">
                  Unverified rule — check before relying on it
                </span>
              ) : null}
            </p>
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField
                id={`reg-${a.code}-number`}
                name={`reg.${a.code}.number`}
                label="Number"
                defaultValue={v(`reg.${a.code}.number`, a.number)}
                error={e(`reg.${a.code}.number`)}
              />
              <TextField
                id={`reg-${a.code}-issuer`}
                name={`reg.${a.code}.issuer`}
                label="Issued by"
                defaultValue={v(`reg.${a.code}.issuer`, a.issuer)}
                error={e(`reg.${a.code}.issuer`)}
              />
              <TextField
                id={`reg-${a.code}-expires`}
                name={`reg.${a.code}.expiresOn`}
                label="Expiry date"
                type="date"
                defaultValue={v(`reg.${a.code}.expiresOn`, a.expiresOn)}
                error={e(`reg.${a.code}.expiresOn`)}
              />
            </div>
          </section>
        ))}
      </fieldset>
      {!locked ? <SubmitButton pendingText="Saving…">Save and continue</SubmitButton> : null}
    </form>
  );
}
