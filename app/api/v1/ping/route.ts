/** Trivial handler: the baseline the export-check benchmark compares against (bench/export-check.mjs). */
export function GET() {
  return Response.json({ ok: true });
}
