// Reading lexicon data files (TSV and word lists) from extract/lexicons/, cached per process.
// Comment lines start with '#'; cells are trimmed and NFC-normalised.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LEXICON_ROOT = dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, string[][]>();

/** Rows of a TSV file under extract/lexicons/ (e.g. "fr/titles.tsv"); [] when the file does not exist. */
export function readTsv(relativePath: string): string[][] {
  const cached = cache.get(relativePath);
  if (cached) return cached;
  let text = '';
  try {
    text = readFileSync(join(LEXICON_ROOT, relativePath), 'utf8');
  } catch {
    text = '';
  }
  const rows = text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim().normalize('NFC')));
  cache.set(relativePath, rows);
  return rows;
}

/** A one-item-per-line list under extract/lexicons/. */
export function readList(relativePath: string): string[] {
  return readTsv(relativePath).map((row) => row[0]!).filter(Boolean);
}
