import type { ApplicationStatus } from './application-status';

export interface BusinessStanding {
  status: ApplicationStatus | null;
  stepsDone: number[];
  /** Registrations expired or expiring within the home's window. */
  expiringSoon: number;
  stuckShipments: number;
}

/** What stands in a business's way, in a helper's words, most pressing first; empty when nothing does. */
export function blockersOf(r: BusinessStanding): string[] {
  const out: string[] = [];
  if (r.status === null || r.status === 'draft') {
    const saved = new Set(r.stepsDone.filter((s) => s >= 1 && s <= 4)).size;
    out.push(`Application not submitted (${saved} of 4 steps saved)`);
  }
  if (r.status === 'changes_requested') out.push('The reviewer asked for changes');
  if (r.status === 'rejected') out.push('Application not approved');
  if (r.status === 'suspended') out.push('Approval suspended');
  if (r.expiringSoon > 0)
    out.push(`${r.expiringSoon} registration${r.expiringSoon === 1 ? '' : 's'} expired or expiring soon`);
  if (r.stuckShipments > 0) out.push(`${r.stuckShipments} shipment${r.stuckShipments === 1 ? '' : 's'} stuck`);
  return out;
}
