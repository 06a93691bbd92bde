'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ApplicationStatus } from '@/lib/domain/application-status';
import { idleState } from '@/lib/form-state';
import { addNoteAction, decideAction, reviewDocumentAction } from './actions';

const DECISIONS = {
  startReview: { label: 'Start review', variant: 'primary', message: false },
  requestChanges: { label: 'Request changes', variant: 'secondary', message: true },
  approve: { label: 'Approve', variant: 'primary', message: false },
  reject: { label: 'Reject', variant: 'danger', message: true },
  suspend: { label: 'Suspend', variant: 'danger', message: true },
  reinstate: { label: 'Reinstate', variant: 'primary', message: false },
} as const;

export type DecisionName = keyof typeof DECISIONS;

/** One form per named decision, each carrying the status the reviewer saw (to detect a race). */
export function DecisionForm({
  applicationId,
  status,
  action,
  needsOverride,
}: {
  applicationId: string;
  status: ApplicationStatus;
  action: DecisionName;
  needsOverride: boolean;
}) {
  const [state, formAction] = useActionState(decideAction, idleState);
  const d = DECISIONS[action];
  const prefix = `d-${action}`;
  return (
    <form
      action={formAction}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      aria-label={d.label}
      noValidate
    >
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="expectedStatus" value={status} />
      <input type="hidden" name="action" value={action} />
      {d.message || action === 'approve' ? (
        <TextAreaField
          id={`${prefix}-message`}
          name="message"
          label="Message to the applicant"
          required={d.message}
          rows={3}
          defaultValue={state.values?.message}
          error={state.fieldErrors?.message}
          description={d.message ? 'Plain words: what to change, or why.' : undefined}
        />
      ) : null}
      {action === 'approve' && needsOverride ? (
        <TextField
          id={`${prefix}-override`}
          name="overrideReason"
          label="Override reason"
          description="Some required documents are not accepted yet. Approving anyway needs a reason, recorded in the audit log."
          defaultValue={state.values?.overrideReason}
          error={state.fieldErrors?.overrideReason}
        />
      ) : null}
      <TextAreaField
        id={`${prefix}-note`}
        name="internalNote"
        label="Internal note (staff only)"
        rows={2}
        defaultValue={state.values?.internalNote}
        error={state.fieldErrors?.internalNote}
      />
      <SubmitButton variant={d.variant} pendingText="Saving…">
        {d.label}
      </SubmitButton>
    </form>
  );
}

export function DocumentDecision({
  applicationId,
  documentId,
  name,
}: {
  applicationId: string;
  documentId: string;
  name: string;
}) {
  const [state, formAction] = useActionState(reviewDocumentAction, idleState);
  return (
    <form action={formAction} className="space-y-2" aria-label={`Decide on ${name}`} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="documentId" value={documentId} />
      <TextField
        id={`reason-${documentId}`}
        name="reason"
        label={`Reason if not accepted (${name})`}
        defaultValue={state.values?.reason}
        error={state.fieldErrors?.reason}
      />
      <div className="flex gap-2">
        <SubmitButton name="decision" value="accepted" pendingText="Saving…">
          Accept<span className="sr-only"> {name}</span>
        </SubmitButton>
        <SubmitButton name="decision" value="rejected" variant="danger" pendingText="Saving…">
          Reject<span className="sr-only"> {name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}

export function NoteForm({ applicationId }: { applicationId: string }) {
  const [state, formAction] = useActionState(addNoteAction, idleState);
  return (
    <form action={formAction} className="space-y-3" aria-label="Notes and messages" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <TextAreaField
        id="note-internal"
        name="internalNote"
        label="Internal note (staff only)"
        rows={2}
        error={state.fieldErrors?.internalNote}
      />
      <TextAreaField
        id="note-message"
        name="message"
        label="Message to the applicant"
        rows={2}
        error={state.fieldErrors?.message}
      />
      <SubmitButton variant="secondary" pendingText="Saving…">
        Save note / send message
      </SubmitButton>
    </form>
  );
}
