'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { confirmImportAction, previewImportAction, type ImportState } from './actions';
import { ActingForField } from '@/components/business/acting-for';

export function ImportForm() {
  const [preview, previewAction] = useActionState(previewImportAction, { status: 'idle' } as ImportState);
  const [confirm, confirmAction] = useActionState(confirmImportAction, { status: 'idle' } as ImportState);
  const valid = preview.validRows?.length ?? 0;
  const bad = (preview.totalRows ?? 0) - valid;
  return (
    <div className="space-y-6">
      <form action={previewAction} className="space-y-3" noValidate>
        <ActingForField />
        <label htmlFor="csv-file" className="block font-medium">
          CSV file
        </label>
        <p id="csv-desc" className="text-sm text-stone-600">
          UTF-8 CSV made from the template, up to 1,000 rows. Nothing is imported until you confirm.
        </p>
        <input id="csv-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="csv-desc" />
        <div>
          <SubmitButton variant="secondary" pendingText="Checking…">
            Check the file
          </SubmitButton>
        </div>
      </form>
      {preview.status === 'error' ? <Alert tone="error">{preview.message}</Alert> : null}
      {preview.status === 'preview' ? (
        <section aria-labelledby="report-h" className="space-y-4">
          <h2 id="report-h" className="text-lg font-semibold">
            Report for {preview.fileName}
          </h2>
          <p>
            {preview.totalRows} row{preview.totalRows === 1 ? '' : 's'}: {valid} ready, {bad} with problems.
          </p>
          {preview.issues?.length ? (
            <table className="w-full border-collapse bg-white text-sm">
              <caption className="sr-only">Problems by row and column</caption>
              <thead>
                <tr className="border-b text-left">
                  <th scope="col" className="p-2">
                    Row
                  </th>
                  <th scope="col" className="p-2">
                    Column
                  </th>
                  <th scope="col" className="p-2">
                    Problem
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.issues.map((i, n) => (
                  <tr key={n} className="border-b">
                    <td className="p-2">{i.row}</td>
                    <td className="p-2 font-mono">{i.column}</td>
                    <td className="p-2">{i.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <form action={confirmAction} className="flex flex-wrap gap-3">
            <ActingForField />
            <input type="hidden" name="csv" value={preview.csv} />
            {bad === 0 && valid > 0 ? (
              <SubmitButton name="mode" value="all" pendingText="Importing…">
                Import {valid} listing{valid === 1 ? '' : 's'}
              </SubmitButton>
            ) : null}
            {bad > 0 && valid > 0 ? (
              <SubmitButton name="mode" value="valid" variant="secondary" pendingText="Importing…">
                Import only the {valid} valid row{valid === 1 ? '' : 's'}
              </SubmitButton>
            ) : null}
          </form>
          {confirm.status === 'error' ? <Alert tone="error">{confirm.message}</Alert> : null}
        </section>
      ) : null}
    </div>
  );
}
