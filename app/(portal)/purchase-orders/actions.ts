'use server';

import { redirect } from 'next/navigation';
import { acceptPurchaseOrder, declinePurchaseOrder } from '@/db/mutations/partner-api';
import { action } from '@/lib/auth/action';
import { expectedFailure } from '@/lib/form-state';
import { acceptOrderInputSchema, declineOrderInputSchema } from '@/lib/validation/partner-api';

export const acceptPurchaseOrderAction = action(
  { access: 'shipments:write', input: acceptOrderInputSchema },
  async ({ actor, input, formData }) => {
    let shipmentId: string;
    try {
      shipmentId = (await acceptPurchaseOrder(actor, input.orderId)).shipment.id;
    } catch (e) {
      return expectedFailure(e, formData, 'This order does not exist.');
    }
    redirect(`/shipments/${shipmentId}?fromOrder=1`);
  },
);

export const declinePurchaseOrderAction = action(
  { access: 'shipments:write', input: declineOrderInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await declinePurchaseOrder(actor, input.orderId, input.reason);
    } catch (e) {
      return expectedFailure(e, formData, 'This order does not exist.');
    }
    redirect(`/purchase-orders/${input.orderId}?declined=1`);
  },
);
