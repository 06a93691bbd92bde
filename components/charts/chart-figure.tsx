import type { ReactNode } from 'react';
import { DataTable, type TableModel } from './data-table';

/**
 * A chart with its heading, a one-line summary, the table of the same figures (a <details>: no script
 * needed) and, for staff, the CSV of that table.
 */
export function ChartFigure({
  id,
  title,
  summary,
  children,
  table,
  csvHref,
  note,
}: {
  id: string;
  title: string;
  summary?: ReactNode;
  children: ReactNode;
  table: TableModel;
  csvHref?: string;
  note?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h3 id={`${id}-h`} className="text-lg font-semibold">
        {title}
      </h3>
      {summary ? <p className="text-sm text-stone-700">{summary}</p> : null}
      {children}
      {note ? <p className="text-xs text-stone-600">{note}</p> : null}
      <div className="flex flex-wrap items-start gap-4 text-sm">
        <details className="min-w-0 flex-1">
          <summary className="cursor-pointer font-medium text-green-900">Table view: {title.toLowerCase()}</summary>
          <div className="mt-2 overflow-x-auto">
            <DataTable model={table} />
          </div>
        </details>
        {csvHref ? (
          <a href={csvHref} download aria-label={`Download CSV: ${title.toLowerCase()}`}>
            Download CSV
          </a>
        ) : null}
      </div>
    </section>
  );
}
