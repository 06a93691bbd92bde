import { STATUS_LABELS, type ApplicationStatus } from '@/lib/domain/application-status';

export interface TimelineEvent {
  id: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  internalNote: string | null;
  message: string | null;
  actorName: string;
  actorRole: string | null;
  createdAt: Date;
}

const fmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const ACTION_TEXT: Record<string, string> = {
  started: 'Started the application',
  submit: 'Submitted the application',
  startReview: 'Started the review',
  requestChanges: 'Asked for changes',
  approve: 'Approved the application',
  reject: 'Rejected the application',
  suspend: 'Suspended the approval',
  reinstate: 'Reinstated the approval',
  document_uploaded: 'Uploaded a document',
  document_accepted: 'Accepted a document',
  document_rejected: 'Did not accept a document',
  assigned: 'Took the application',
  unassigned: 'Released the application',
  message: 'Sent a message',
  note: 'Added an internal note',
};

/** The application's history, oldest first. The caller decides whether internal notes are visible. */
export function Timeline({ events, staff }: { events: TimelineEvent[]; staff: boolean }) {
  const visible = staff ? events : events.filter((e) => e.action !== 'note');
  return (
    <ol className="space-y-4 border-l-2 border-stone-200 pl-5" aria-label="Timeline">
      {visible.map((e) => (
        <li key={e.id} className="relative">
          <span className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full bg-green-800" aria-hidden />
          <p className="text-sm text-stone-600">
            <time dateTime={e.createdAt.toISOString()}>{fmt.format(e.createdAt)} UTC</time> · {e.actorName}
            {e.actorRole && e.actorRole !== 'business' ? ` (${e.actorRole})` : ''}
          </p>
          <p className="font-medium">
            {ACTION_TEXT[e.action] ?? e.action}
            {e.toStatus && e.fromStatus !== e.toStatus
              ? ` — now ${STATUS_LABELS[e.toStatus as ApplicationStatus].toLowerCase()}`
              : ''}
          </p>
          {e.message ? <p className="mt-1 whitespace-pre-wrap">{e.message}</p> : null}
          {e.reason ? <p className="mt-1 text-sm text-stone-700">Reason: {e.reason}</p> : null}
          {staff && e.internalNote ? (
            <p className="mt-1 rounded bg-amber-50 p-2 text-sm text-amber-950">
              <span className="font-semibold">Internal note (staff only):</span> {e.internalNote}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
