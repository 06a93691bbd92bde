'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { ACTING_FOR_FIELD } from '@/lib/auth/chosen-business';

// The business a page was rendered for. Every form that changes a business's data carries it, and the
// endpoint wrappers refuse a form whose business is no longer the one acted for (lib/auth/action.ts).
const ActingFor = createContext<string>('');

export function ActingForProvider({ businessId, children }: { businessId: string; children: ReactNode }) {
  return <ActingFor.Provider value={businessId}>{children}</ActingFor.Provider>;
}

export const useActingFor = () => useContext(ActingFor);

/** Put inside every form that changes the business's data. */
export function ActingForField() {
  return <input type="hidden" name={ACTING_FOR_FIELD} value={useActingFor()} />;
}

/** An upload endpoint's address with the business the page was for (uploads are not server actions). */
export function useActingForUrl(path: string): string {
  const businessId = useActingFor();
  return `${path}${path.includes('?') ? '&' : '?'}${ACTING_FOR_FIELD}=${encodeURIComponent(businessId)}`;
}
