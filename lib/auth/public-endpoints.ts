/**
 * Every endpoint anyone may call without signing in, with the reason. An action or route handler
 * declared `access: 'public'` must be listed here, and everything listed must exist
 * (lib/auth/endpoints.test.ts): making something public is a decision written down, in one place.
 */
export const PUBLIC_ENDPOINTS: Record<string, string> = {
  'app/(auth)/actions.ts#signUpAction': 'creating an account',
  'app/(auth)/actions.ts#signInAction': 'signing in',
  'app/(auth)/actions.ts#signOutAction': 'clears the session cookie; without a session it does nothing',
  'app/(auth)/actions.ts#forgotPasswordAction': 'asking for a reset link (same answer whether the account exists)',
  'app/(auth)/actions.ts#resetPasswordAction': 'the e-mailed one-time token is the credential',
  'app/(auth)/actions.ts#resendVerificationAction':
    'sending the confirmation link again before signing in (same answer whether the account exists; limited per network and address)',
  'GET /api/auth/[...nextauth]': "Auth.js's CSRF token, session and sign-out endpoints",
  'POST /api/auth/[...nextauth]': "Auth.js's sign-in callback and sign-out (its CSRF token checked)",
  'GET /api/health': 'load balancers and monitors',
  'GET /api/photos/[id]': 'photos of live listings are on the storefront; others only to their seller and staff',
  'GET /api/v1/export-check': 'the public export self-check API',
  'GET /api/v1/export-check/products': 'the public export self-check API',
  'GET /api/v1/feed': "the storefront's approved catalogue, for marketplace integrations",
  'GET /api/v1/openapi.json': 'the description of the public API',
  'GET /api/v1/ping': 'baseline of the API benchmark',
  'GET /api/v1/rules/versions': 'the public history of the export rules the self-check answers from',
  'GET /bench/prerendered': 'benchmark baseline; the proxy answers 404 in production unless BENCH_PAGES=true',
};
