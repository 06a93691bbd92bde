import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { STATUS_LABELS, type ApplicationStatus } from '@/lib/domain/application-status';

export function LockedNotice({ status }: { status: ApplicationStatus }) {
  return (
    <Alert tone="info" title={`Your application is ${STATUS_LABELS[status].toLowerCase()}`}>
      Its answers are locked while it is with us. <Link href="/onboarding/status">See its status</Link>.
    </Alert>
  );
}
