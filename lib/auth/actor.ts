import type { Role } from '@/db/schema/users';

/** Who is acting: passed first to every data-layer function (house habit 1). */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  emailVerified: boolean;
  /** The business this user belongs to (null for staff and for a user who has not started onboarding). */
  businessId: string | null;
}

export const isStaff = (a: Actor) => a.role === 'reviewer' || a.role === 'admin';
