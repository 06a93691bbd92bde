import { iterateShipments } from '@/db/queries/shipments-list';
import { route } from '@/lib/auth/route';
import { shipmentFilterSchema } from '@/lib/validation/shipment';

const MAX_ROWS = 50_000;

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs it as a formula. */
function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV of the filtered admin list (staff only), streamed in keyset batches, at most 50,000 rows. */
export const GET = route({ access: 'staff' }, async ({ request, actor }) => {
  const sp = Object.fromEntries(new URL(request.url).searchParams);
  const filter = shipmentFilterSchema.parse({ ...sp, cursor: undefined });
  const header = [
    'reference',
    'business',
    'buyer',
    'buyer_city',
    'destination',
    'channel',
    'mode',
    'carrier',
    'status',
    'status_since',
    'days_in_status',
    'stuck',
    'origin_states',
    'categories',
    'value_usd',
  ];
  const enc = new TextEncoder();
  const rows = iterateShipments(actor, filter, MAX_ROWS);
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(enc.encode(`${header.join(',')}\r\n`));
    },
    async pull(c) {
      const next = await rows.next();
      if (next.done) return c.close();
      const r = next.value;
      const line = [
        r.reference,
        r.businessName,
        r.buyerName,
        r.buyerCity,
        r.destination,
        r.channel,
        r.mode,
        r.carrier,
        r.status,
        r.statusEnteredAt.toISOString(),
        r.daysInStatus,
        r.stuck ? 'yes' : 'no',
        r.originStates.join(' '),
        r.categories.join(' '),
        (r.valueUsdCents / 100).toFixed(2),
      ];
      c.enqueue(enc.encode(`${line.map(cell).join(',')}\r\n`));
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="shipments-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
