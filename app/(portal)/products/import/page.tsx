import type { Metadata } from 'next';
import Link from 'next/link';
import { requireCapability } from '@/lib/auth/guards';
import { ImportForm } from './import-form';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Import listings' };

async function ImportPage() {
  await requireCapability('listings:write');
  return (
    <div className="space-y-6">
      <p>
        <Link href="/products">← Your products</Link>
      </p>
      <h1 className="text-2xl font-bold">Import listings from a spreadsheet</h1>
      <ol className="list-decimal space-y-1 pl-6">
        <li>
          {/* A plain download link: a client-side navigation would move the page's address to the
              template route, and the check below would then post there. */}
          <a href="/products/import/template" download>
            Download the CSV template
          </a>{' '}
          (one example row; channels separated by “|”).
        </li>
        <li>Fill in one product per row, and save as CSV (UTF-8).</li>
        <li>Check the file: we list every problem by row and column. Nothing is imported until you confirm.</li>
      </ol>
      <ImportForm />
    </div>
  );
}

export default withBusinessFrame(ImportPage);
