import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { benchPagesEnabled } from '@/lib/env';
import Link from 'next/link';

// Baseline for bench/queue-page.mjs: a 50-row table from a constant array, no database and no session,
// rendered dynamically like the reviewer queue, so the ratio of the two is the queue's own cost.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Benchmark: plain 50-row page', robots: { index: false, follow: false } };

const STATES = ['MI', 'WI', 'MN', 'OH', 'IA', 'IL', 'CA', 'NY'];
const ROWS = Array.from({ length: 50 }, (_, i) => ({
  id: `row-${i + 1}`,
  name: `Sample Orchard ${i + 1} LLC`,
  email: `owner${i + 1}@example.com`,
  ein: `38-${String(4417203 + i).padStart(7, '0')}`,
  status: i % 3 === 0 ? 'In review' : 'Submitted',
  city: 'Traverse City',
  state: STATES[i % STATES.length]!,
  categories: 'fresh fruit, processed food',
  waiting: `${700 - i * 3} days`,
}));

export default function PlainBenchPage() {
  if (!benchPagesEnabled()) notFound();
  return (
    <main className="mx-auto max-w-6xl space-y-6 p-6">
      <h1 className="text-2xl font-bold">Plain 50-row page</h1>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Fifty constant rows</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                Business
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Where
              </th>
              <th scope="col" className="p-2">
                Sells
              </th>
              <th scope="col" className="p-2">
                Waiting
              </th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((r) => (
              <tr key={r.id} className="border-b align-top">
                <td className="p-2">
                  <Link href={`/bench/plain#${r.id}`} className="font-medium">
                    {r.name}
                  </Link>
                  <div className="text-stone-600">
                    {r.email} · EIN {r.ein}
                  </div>
                </td>
                <td className="p-2">{r.status}</td>
                <td className="p-2">
                  {r.city}, {r.state}
                </td>
                <td className="p-2">{r.categories}</td>
                <td className="p-2">{r.waiting}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
