import { STATUS_LABELS, type ApplicationStatus } from '@/lib/domain/application-status';

const TONES: Record<ApplicationStatus, string> = {
  draft: 'bg-stone-100 text-stone-800',
  submitted: 'bg-sky-100 text-sky-950',
  in_review: 'bg-indigo-100 text-indigo-950',
  changes_requested: 'bg-amber-100 text-amber-950',
  approved: 'bg-green-100 text-green-950',
  rejected: 'bg-red-100 text-red-950',
  suspended: 'bg-red-100 text-red-950',
};

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${TONES[status]}`}
      data-testid="application-status"
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
