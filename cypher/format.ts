// Renders query results as an aligned text table, JSON (array of row objects) or CSV (pure).
import { stringify } from 'csv-stringify/sync';
import type { OutputFormat, QueryResult } from './types.js';

const MAX_CELL = 80;

export function renderResult(result: QueryResult, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result.rows, null, 2)}\n`;
    case 'csv':
      return stringify(result.rows.map((row) => result.columns.map((c) => cellText(row[c]))), {
        header: true,
        columns: result.columns,
        // Any line break, not only the record delimiter, must be quoted or readers split the row.
        quoted_match: /[\r\n]/,
      });
    case 'table':
      return renderTable(result);
  }
}

/** Text of one cell: strings as they are, everything else as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function renderTable(result: QueryResult): string {
  const { columns, rows } = result;
  if (columns.length === 0) return '(no columns)\n';
  // Newlines and tabs in a cell would break the grid; show them escaped.
  const cells = rows.map((row) => columns.map((c) => clip(cellText(row[c]).replace(/\r?\n/g, '\\n').replace(/\t/g, ' '))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join(' | ').trimEnd();
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}

function clip(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}
