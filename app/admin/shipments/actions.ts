'use server';

import { action } from '@/lib/auth/action';
import { shipmentCorrectionInputSchema, shipmentMilestoneInputSchema } from '@/lib/validation/shipment';
import { invalidShipmentForm, runCorrection, runMilestone } from '@/lib/shipment-forms';

export const staffMilestoneAction = action(
  { access: 'staff', input: shipmentMilestoneInputSchema, invalid: invalidShipmentForm },
  async ({ actor, input, formData }) =>
    runMilestone(actor, input, formData, [`/admin/shipments/${input.shipmentId}`, '/admin/shipments']),
);

export const staffCorrectAction = action(
  { access: 'staff', input: shipmentCorrectionInputSchema, invalid: invalidShipmentForm },
  async ({ actor, input, formData }) => runCorrection(actor, input, formData, [`/admin/shipments/${input.shipmentId}`]),
);
