'use server';

import { requireReviewer } from '@/lib/auth/guards';
import type { FormState } from '@/lib/form-state';
import { runCorrection, runMilestone } from '@/app/(portal)/shipments/run';

export async function staffMilestoneAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireReviewer();
  return runMilestone(actor, formData, [`/admin/shipments/${String(formData.get('shipmentId'))}`, '/admin/shipments']);
}

export async function staffCorrectAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireReviewer();
  return runCorrection(actor, formData, [`/admin/shipments/${String(formData.get('shipmentId'))}`]);
}
