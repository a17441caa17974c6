// Expands the paths given on the command line into the files to read: folders are walked recursively,
// hidden entries and READMEs are left out, symlink loops are cut, and the order is sorted for determinism.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { SkippedInput } from '../../model/types.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'] as const;

const isSupported = (path: string) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
// A corpus folder's README describes the corpus; it is not one of its articles.
const isReadme = (path: string) => /^readme(\.[a-z]+)?$/i.test(basename(path));

/** Every supported file under the given paths, sorted; a file named explicitly is read whatever its extension. */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; skipped: SkippedInput[] }> {
  const files: string[] = [];
  const skipped: SkippedInput[] = [];
  const visited = new Set<string>();

  async function walk(path: string, explicit: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch {
      skipped.push({ source: path, reason: 'not found or not readable' });
      return;
    }
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (visited.has(real)) return; // a symlink back up the tree
      visited.add(real);
      let names: string[];
      try {
        names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
      } catch {
        skipped.push({ source: path, reason: 'folder not readable' });
        return;
      }
      for (const name of names) await walk(join(path, name), false);
    } else if (!info.isFile()) {
      skipped.push({ source: path, reason: 'not a regular file' });
    } else if (explicit) {
      files.push(path);
    } else if (isReadme(path)) {
      skipped.push({ source: path, reason: 'README (documentation, not an article)' });
    } else if (isSupported(path)) {
      files.push(path);
    } else {
      skipped.push({ source: path, reason: `unsupported extension ${extname(path) || '(none)'}` });
    }
  }

  for (const p of paths) await walk(p, true);
  return { files, skipped };
}
