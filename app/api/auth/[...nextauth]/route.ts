import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { route } from '@/lib/auth/route';

// Auth.js's own endpoints (sign-in callback, CSRF token, session, sign-out), public by nature. The
// wrapper adds what Auth.js does not: the cross-site refusal and the frame and sniffing headers.
export const GET = route({ access: 'public' }, ({ request }) => handlers.GET(request as NextRequest));
export const POST = route({ access: 'public' }, ({ request }) => handlers.POST(request as NextRequest));
