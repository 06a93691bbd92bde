import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Renewing a registration on file: the number may change, the new expiry date is required. */
export const renewRegistrationSchema = z.object({
  code: z
    .string({ error: 'Registration is required.' })
    .regex(/^[a-z0-9_]{2,64}$/, 'Registration must be one of yours.'),
  number: z
    .string({ error: 'Number is required.' })
    .trim()
    .min(1, 'Number is required.')
    .max(100, 'Number must be at most 100 characters.'),
  issuer: z
    .string({ error: 'Issued by is required.' })
    .trim()
    .min(1, 'Issued by is required.')
    .max(200, 'Issued by must be at most 200 characters.'),
  expiresOn: z
    .string({ error: 'New expiry date is required.' })
    .trim()
    .min(1, 'New expiry date is required.')
    .refine(
      (v) => ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v,
      'New expiry date must be a real date (YYYY-MM-DD).',
    ),
});
export type RenewRegistrationInput = z.infer<typeof renewRegistrationSchema>;

export const notificationPreferenceSchema = z.object({
  delivery: z.enum(['email_and_in_app', 'in_app_only'], 'Notifications: choose e-mail and in-app, or in-app only.'),
});
