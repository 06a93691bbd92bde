import { createPurchaseOrder } from '@/db/mutations/partner-api';
import { route } from '@/lib/auth/route';
import { apiErrors } from '@/lib/api/http';
import { idempotent, PARTNER_API } from '@/lib/api/partner';
import { purchaseOrderDto } from '@/lib/api/partner-dto';
import { DomainError } from '@/lib/errors';
import { apiFieldErrors, purchaseOrderInputSchema } from '@/lib/validation/partner-api';

/** An importer orders one seller's live listings; the seller accepts or declines it in the portal. */
export const POST = route(
  { access: 'partner', scope: 'purchase_orders:write', ...PARTNER_API },
  async ({ request, actor }) =>
    idempotent(request, actor, async (body) => {
      const input = purchaseOrderInputSchema.safeParse(body);
      if (!input.success) return apiErrors(422, apiFieldErrors(input.error));
      try {
        const { order, lines } = await createPurchaseOrder(actor, input.data);
        return Response.json(purchaseOrderDto(order, lines, null), {
          status: 201,
          headers: { Location: `/api/v1/partner/purchase-orders/${order.id}` },
        });
      } catch (e) {
        if (e instanceof DomainError) return apiErrors(422, e.fieldErrors);
        throw e;
      }
    }),
);
