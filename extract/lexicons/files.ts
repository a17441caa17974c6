// Reading lexicon data files (TSV and word lists) from extract/lexicons/, cached per process.
// Comment lines start with '#'; cells are trimmed and NFC-normalised.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TafahumError } from '../../model/errors.js';

const LEXICON_ROOT = dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, string[][]>();

/**
 * Rows of a TSV file under extract/lexicons/ (e.g. "fr/titles.tsv"). A file that cannot be read is an error naming
 * the path and the cause, never an empty lexicon: a broken installation must not run with silently missing data.
 */
export function readTsv(relativePath: string): string[][] {
  const cached = cache.get(relativePath);
  if (cached) return cached;
  const path = join(LEXICON_ROOT, relativePath);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new TafahumError('E_INPUT', `cannot read lexicon ${path}: ${cause}`, 'The installation is incomplete: reinstall, or restore the file from the repository.');
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
