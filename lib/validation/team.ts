import { z } from 'zod';
import { NEW_BUSINESS } from '@/lib/auth/chosen-business';
import { safePath } from '@/lib/safe-path';

const uuid = (field: string) => z.uuid(`${field} must be one of the choices offered.`);

export const switchBusinessInputSchema = z.object({
  businessId: z.union([uuid('Business'), z.literal(NEW_BUSINESS)], {
    error: 'Business must be one of the choices offered.',
  }),
  /** Where to go after switching (a same-site path; anything else goes to the dashboard). */
  next: z
    .string()
    .optional()
    .transform((v) => safePath(v)),
});
export type SwitchBusinessInput = z.infer<typeof switchBusinessInputSchema>;
