// The business a user chose with the switcher travels in a cookie. It is only a wish: the actor is
// built from the database on every request (lib/auth/guards.ts), which uses it only if the user may
// still act for that business. Forms carry the business they were rendered for (ACTING_FOR_FIELD), and
// the endpoint wrappers refuse a form from a page of another business, so switching in one tab never
// lets a stale page in another tab write into the business chosen since.

export const CHOSEN_BUSINESS_COOKIE = 'hg-business';

/** The hidden form field (and, for uploads, the query parameter) naming the business a page was for. */
export const ACTING_FOR_FIELD = 'actingFor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** "Start a new business": act for none, so onboarding step 1 creates one. */
export const NEW_BUSINESS = 'new';

export function readChosenBusiness(value: string | undefined): string | null {
  return value && (UUID.test(value) || value === NEW_BUSINESS) ? value : null;
}

export const chosenBusinessCookie = (businessId: string, secure: boolean) => ({
  name: CHOSEN_BUSINESS_COOKIE,
  value: businessId,
  httpOnly: true,
  secure,
  sameSite: 'lax' as const,
  path: '/',
  maxAge: 60 * 60 * 24 * 365,
});

/** The page that explains a refused form from another business's page, and offers to switch back. */
export function switchedPath(pageFor: string, back: string): string {
  const q = new URLSearchParams({ from: pageFor, next: back });
  return `/switch?${q}`;
}

export const SWITCHED_MESSAGE =
  'Nothing was saved: this page was for another business than the one you are working for now (you switched in another tab, or your access ended). Reload the page.';
