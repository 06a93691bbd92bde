import { z } from 'zod';
import {
  getProgrammeFunnel,
  getProgrammeGrowth,
  getProgrammeMap,
  getProgrammeReviewers,
  getProgrammeStalls,
  getProgrammeTiming,
  getProgrammeWaiting,
} from '@/db/queries/programme';
import type { TableModel } from '@/components/charts/data-table';
import { route } from '@/lib/auth/route';
import type { Caller } from '@/lib/auth/actor';
import { env } from '@/lib/env';
import {
  categoriesTable,
  channelsTable,
  funnelTable,
  growthTable,
  mapTable,
  missingTable,
  PROGRAMME_CHARTS,
  rejectedTable,
  reviewersTable,
  tableCsv,
  timingTable,
  waitingTable,
  type ProgrammeChart,
} from '@/lib/programme-tables';
import { programmeFilterSchema, utcToday, type ProgrammeFilter } from '@/lib/validation/programme';

const TABLES: Record<ProgrammeChart, (a: Caller, f: ProgrammeFilter, today: string) => Promise<TableModel>> = {
  funnel: async (a, f) => funnelTable(await getProgrammeFunnel(a, f)),
  map: async (a, f) => mapTable(await getProgrammeMap(a, f)),
  missing: async (a, f) => missingTable(await getProgrammeStalls(a, f)),
  rejected: async (a, f) => rejectedTable(await getProgrammeStalls(a, f)),
  timing: async (a, f) => timingTable(await getProgrammeTiming(a, f)),
  waiting: async (a, f, today) => waitingTable(await getProgrammeWaiting(a, f, env().PROGRAMME_SLA_DAYS, today)),
  reviewers: async (a, f) => reviewersTable(await getProgrammeReviewers(a, f)),
  growth: async (a, f) => growthTable(await getProgrammeGrowth(a, f)),
  categories: async (a, f) => categoriesTable(await getProgrammeGrowth(a, f)),
  channels: async (a, f) => channelsTable(await getProgrammeGrowth(a, f)),
};

/** One chart of the programme view as CSV, with the page's filters (staff only). Bad filters: 400 naming them. */
export const GET = route(
  { access: 'staff', params: z.object({ chart: z.enum(PROGRAMME_CHARTS) }) },
  async ({ request, actor, params: { chart } }) => {
    const today = utcToday();
    const parsed = programmeFilterSchema(today).safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success)
      return Response.json(
        {
          ok: false,
          error: 'invalid_filter',
          message: parsed.error.issues.map((i) => i.message).join(' '),
          fields: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])),
        },
        { status: 400 },
      );
    const f = parsed.data;
    const csv = tableCsv(await TABLES[chart](actor, f, today));
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="programme-${chart}-${f.from}-to-${f.to}${f.state ? `-${f.state}` : ''}.csv"`,
      },
    });
  },
);
