// RFC 4180 text, pure and browser-safe (the CLI and the viewer write CSV through it): a field is
// quoted when it holds a comma, a quote, a CR or an LF — any line break, not only CRLF — or starts
// or ends with white space; quotes are doubled; records end with CRLF.
import { CSV_ARRAY_SEPARATOR } from './columns.js';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/**
 * Spreadsheets execute cells starting with = + - @ (or a tab/CR before them): hostile text in an
 * alias or evidence could run as a formula. For spreadsheets such text cells get a leading apostrophe.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The header, then one line per row, built only as a consumer asks for it. `excel` starts with a
 * UTF-8 byte order mark (Arabic shows right in spreadsheets) and defuses formula-like text.
 */
export function* csvLines<T extends object>(
  columns: ReadonlyArray<keyof T & string>,
  rows: Iterable<T>,
  excel: boolean,
  counter: { rows: number } = { rows: 0 },
): Generator<string> {
  yield (excel ? '\ufeff' : '') + csvRecord(columns);
  for (const row of rows) {
    counter.rows++;
    yield csvRecord(columns.map((column) => csvCell(row[column], excel)));
  }
}

/** A whole small table as one string (the viewer's downloads, which go to spreadsheets). */
export function csvDocument<T extends object>(columns: ReadonlyArray<keyof T & string>, rows: Iterable<T>, excel = true): string {
  return [...csvLines(columns, rows, excel)].join('');
}

function csvCell(value: unknown, excel: boolean): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(CSV_ARRAY_SEPARATOR) : typeof value === 'string' ? value : String(value);
  // Numbers and booleans are never defused: "-0.5" stays a number.
  return excel && typeof value !== 'number' && typeof value !== 'boolean' ? defuseFormula(text) : text;
}
