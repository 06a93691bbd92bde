import { z } from 'zod';
import { reportStorefrontStatus } from '@/db/mutations/partner-api';
import { route } from '@/lib/auth/route';
import { apiErrors } from '@/lib/api/http';
import { idempotent, PARTNER_API } from '@/lib/api/partner';
import { storefrontStatusDto } from '@/lib/api/partner-dto';
import { apiFieldErrors, storefrontStatusInputSchema } from '@/lib/validation/partner-api';

/** A storefront reports a listing received, live (item id and URL), rejected (reason) or withdrawn. */
export const POST = route(
  { access: 'partner', scope: 'listing_status:write', params: z.object({ id: z.uuid() }), ...PARTNER_API },
  async ({ request, actor, params }) =>
    idempotent(request, actor, async (body) => {
      const input = storefrontStatusInputSchema.safeParse(body);
      if (!input.success) return apiErrors(422, apiFieldErrors(input.error));
      const row = await reportStorefrontStatus(actor, params.id, input.data);
      return Response.json(storefrontStatusDto(row));
    }),
);
