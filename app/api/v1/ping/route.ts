import { route } from '@/lib/auth/route';

/** Trivial handler: the baseline the export-check benchmark compares against (bench/export-check.mjs). */
export const GET = route({ access: 'public' }, () => Response.json({ ok: true }));
