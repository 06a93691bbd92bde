import { fmtInt } from './format';

export type Cell = string | number | null;

/** A chart's figures as a table: shown under the chart, and the CSV download of it. */
export interface TableModel {
  caption: string;
  columns: string[];
  rows: Cell[][];
  /** Cells to render as links (row index → href), e.g. a state to the filtered queue. */
  links?: (string | null)[];
}

const show = (c: Cell) => (c === null ? '—' : typeof c === 'number' ? fmtInt(c) : c);

export function DataTable({ model }: { model: TableModel }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{model.caption}</caption>
      <thead>
        <tr className="border-b text-left">
          {model.columns.map((c) => (
            <th key={c} scope="col" className="p-1.5 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row, i) => (
          <tr key={i} className="border-b border-stone-100">
            {row.map((c, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="p-1.5 text-left font-normal">
                  {model.links?.[i] ? <a href={model.links[i]!}>{show(c)}</a> : show(c)}
                </th>
              ) : (
                <td key={j} className={`p-1.5 ${typeof c === 'number' ? 'text-right tabular-nums' : ''}`}>
                  {show(c)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
