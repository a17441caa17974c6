// Writes query rows as they arrive, as an aligned text table, a JSON array or CSV, to any
// writable stream, pausing on backpressure: 200,000 rows never sit in memory as text. The table
// fixes its column widths from the first rows it sees, then streams.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { csvRecord } from '../graph/exports/csv-text.js';
import type { OutputFormat, QueryResult } from './types.js';

const MAX_CELL = 80;
/** Rows the table looks at to choose its column widths before it starts printing. */
const TABLE_SAMPLE = 500;

export interface RowWriter {
  begin(columns: string[]): Promise<void>;
  row(row: Record<string, unknown>): Promise<void>;
  /** Ends the output; `rows` is how many were written. */
  end(rows: number): Promise<void>;
}

/** Text of one cell: strings as they are, everything else as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function createRowWriter(format: OutputFormat, out: Writable): RowWriter {
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  switch (format) {
    case 'json':
      return jsonWriter(write);
    case 'csv':
      return csvWriter(write);
    case 'table':
      return tableWriter(write);
  }
}

type Write = (text: string) => Promise<void>;

function jsonWriter(write: Write): RowWriter {
  let first = true;
  return {
    begin: () => write('['),
    async row(row) {
      await write(`${first ? '\n' : ',\n'}  ${JSON.stringify(row)}`);
      first = false;
    },
    end: () => write(first ? ']\n' : '\n]\n'),
  };
}

function csvWriter(write: Write): RowWriter {
  let columns: string[] = [];
  return {
    async begin(names) {
      columns = names;
      await write(csvRecord(columns));
    },
    row: (row) => write(csvRecord(columns.map((c) => cellText(row[c])))),
    end: async () => undefined,
  };
}

/** Control characters (line breaks, tabs, escape sequences, bidi overrides) shown escaped so they cannot break the grid or the terminal. */
export function tableCell(value: unknown): string {
  const text = cellText(value).replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

function tableWriter(write: Write): RowWriter {
  let columns: string[] = [];
  let widths: number[] | undefined;
  const sample: string[][] = [];
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths![i]!)).join(' | ').trimEnd();
  const flushSample = async () => {
    widths = columns.map((c) => c.length);
    for (const cells of sample) cells.forEach((cell, i) => (widths![i] = Math.max(widths![i]!, cell.length)));
    let text = `${line(columns)}\n${widths.map((w) => '-'.repeat(w)).join('-+-')}\n`;
    for (const cells of sample) text += `${line(cells)}\n`;
    sample.length = 0;
    await write(text);
  };
  return {
    async begin(names) {
      columns = names;
    },
    async row(row) {
      const cells = columns.map((c) => tableCell(row[c]));
      if (widths) return write(`${line(cells)}\n`);
      sample.push(cells);
      if (sample.length >= TABLE_SAMPLE) await flushSample();
    },
    async end(rows) {
      if (columns.length === 0) return write('(no columns)\n');
      if (!widths) await flushSample();
      await write(`(${rows} row${rows === 1 ? '' : 's'})\n`);
    },
  };
}

/** A whole result as one string (small results, tests). */
export async function renderResult(result: QueryResult, format: OutputFormat): Promise<string> {
  const chunks: string[] = [];
  const sink = { write: (text: string) => (chunks.push(text), true) } as unknown as Writable;
  const writer = createRowWriter(format, sink);
  await writer.begin(result.columns);
  for (const row of result.rows) await writer.row(row);
  await writer.end(result.rows.length);
  return chunks.join('');
}
