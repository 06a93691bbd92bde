import { z } from 'zod';
import { getPurchaseOrderForPartner } from '@/db/queries/partner-api';
import { route } from '@/lib/auth/route';
import { PARTNER_API } from '@/lib/api/partner';
import { purchaseOrderDto } from '@/lib/api/partner-dto';

/** The order's status and, once accepted, its shipment's milestones as the seller records them. */
export const GET = route(
  { access: 'partner', scope: 'purchase_orders:write', params: z.object({ id: z.uuid() }), ...PARTNER_API },
  async ({ actor, params }) => {
    const o = await getPurchaseOrderForPartner(actor, params.id);
    return Response.json(purchaseOrderDto(o.order, o.lines, o.shipment));
  },
);
