import { z } from 'zod';
import { isCommonPassword, PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password-policy';

export const emailSchema = z
  .string({ error: 'E-mail is required.' })
  .trim()
  .toLowerCase()
  .min(1, 'E-mail is required.')
  .max(254, 'E-mail must be at most 254 characters.')
  .pipe(z.email({ error: 'E-mail must be a valid address, like name@example.com.' }));

export const newPasswordSchema = z
  .string({ error: 'Password is required.' })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !isCommonPassword(p), 'Password is one of the most common passwords; choose another.');

export const nameSchema = z
  .string({ error: 'Name is required.' })
  .trim()
  .min(1, 'Name is required.')
  .max(100, 'Name must be at most 100 characters.');

export const signUpInputSchema = z.object({ name: nameSchema, email: emailSchema, password: newPasswordSchema });
export type SignUpInput = z.infer<typeof signUpInputSchema>;

export const signInInputSchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .min(1, 'Password is required.')
    .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

export const requestResetInputSchema = z.object({ email: emailSchema });

export const resendVerificationInputSchema = z.object({ email: emailSchema });

export const tokenSchema = z
  .string({ error: 'The link is incomplete.' })
  .regex(/^[A-Za-z0-9_-]{43}$/, 'The link is incomplete or damaged; open it again from the e-mail.');

export const resetPasswordInputSchema = z
  .object({ token: tokenSchema, password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'Confirm password must match the new password.',
  });

export const changePasswordInputSchema = z
  .object({
    current: z.string().min(1, 'Current password is required.'),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'Confirm password must match the new password.',
  });

export const userSearchSchema = z.object({
  q: z.string().trim().max(100, 'Search must be at most 100 characters.').optional().default(''),
  role: z.enum(['business', 'reviewer', 'admin']).optional(),
  cursor: z.string().max(200).optional(),
});
