import type { Metadata } from 'next';
import Link from 'next/link';
import { requireReviewer } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminHome() {
  const actor = await requireReviewer();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Staff area</h1>
      <p>
        Signed in as {actor.name} ({actor.role}).
      </p>
      <ul className="grid gap-4 sm:grid-cols-2">
        <li className="rounded-lg border border-stone-200 bg-white p-4">
          <Link href="/admin/applications" className="font-semibold">
            Application queue
          </Link>
          <p className="text-sm text-stone-600">Review applications, oldest first.</p>
        </li>
        <li className="rounded-lg border border-stone-200 bg-white p-4">
          <Link href="/admin/listings" className="font-semibold">
            Listing review
          </Link>
          <p className="text-sm text-stone-600">New listings and proposed changes to live ones.</p>
        </li>
        <li className="rounded-lg border border-stone-200 bg-white p-4">
          <Link href="/admin/shipments" className="font-semibold">
            Shipments
          </Link>
          <p className="text-sm text-stone-600">Every export shipment, customs milestones, and what is stuck where.</p>
        </li>
        {actor.role === 'admin' ? (
          <li className="rounded-lg border border-stone-200 bg-white p-4">
            <Link href="/admin/exchange-rates" className="font-semibold">
              Exchange rates
            </Link>
            <p className="text-sm text-stone-600">The USD→CNY rate that prices the storefront.</p>
          </li>
        ) : null}
        {actor.role === 'admin' ? (
          <li className="rounded-lg border border-stone-200 bg-white p-4">
            <Link href="/admin/users" className="font-semibold">
              Users
            </Link>
            <p className="text-sm text-stone-600">Change roles, disable accounts. Every change is in the audit log.</p>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
