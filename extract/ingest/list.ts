// Expands the paths given on the command line into the files to read, each with its document id (its path relative
// to the folder given, so a/index.html and b/index.html stay two documents). Folders are walked depth-first with an
// explicit stack and no realpath per folder (a 2,500-level tree took minutes); hidden entries and READMEs are left out; a symlink leading out of
// the folder is skipped unless followSymlinks; loops are cut by device and inode; the order is sorted.
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { SkippedInput } from '../../model/types.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'] as const;

const isSupported = (path: string) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
// A corpus folder's README describes the corpus; it is not one of its articles.
const isReadme = (path: string) => /^readme(\.[a-z]+)?$/i.test(basename(path));

export interface ListOptions {
  /** Follow symbolic links that lead outside the folder being read (off: they are skipped with a reason). */
  followSymlinks?: boolean;
}

export interface InputFiles {
  files: string[];
  skipped: SkippedInput[];
  /** Document id of each file: its path relative to the folder it was found in ("/" separators), or its base name. */
  ids: Map<string, string>;
}

/** Every supported file under the given paths, sorted; a file named explicitly is read whatever its extension. */
export async function listInputFiles(paths: string[], options: ListOptions = {}): Promise<InputFiles> {
  const files: string[] = [];
  const skipped: SkippedInput[] = [];
  const ids = new Map<string, string>();
  const visited = new Set<string>(); // "device:inode" of folders already walked

  for (const root of paths) {
    let info: Stats;
    try {
      info = await stat(root);
    } catch {
      skipped.push({ source: root, reason: 'not found or not readable' });
      continue;
    }
    if (info.isFile()) {
      files.push(root);
      ids.set(root, basename(root));
      continue;
    }
    if (!info.isDirectory()) {
      skipped.push({ source: root, reason: 'not a regular file' });
      continue;
    }
    const realRoot = await realpath(root);
    const idOf = (path: string) => relative(root, path).split(sep).join('/');
    // Depth-first in name order, as a recursive walk would go, with an explicit stack of open folders.
    const stack: Array<{ entries: Dirent[]; next: number; path: string }> = [];
    const open = async (path: string, folder: Stats): Promise<void> => {
      const key = `${folder.dev}:${folder.ino}`;
      if (visited.has(key)) return; // a symlink back up the tree, or a folder given twice
      visited.add(key);
      try {
        const entries = (await readdir(path, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
        stack.push({ entries: entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), next: 0, path });
      } catch {
        skipped.push({ source: path, reason: 'folder not readable' });
      }
    };
    await open(root, info);
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const entry = frame.entries[frame.next++];
      if (!entry) {
        stack.pop();
        continue;
      }
      const child = join(frame.path, entry.name);
      let kind: 'file' | 'folder' | 'other' = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
      let childInfo: Stats | undefined;
      if (entry.isSymbolicLink() || entry.isDirectory()) {
        try {
          childInfo = await stat(child);
        } catch {
          skipped.push({ source: child, reason: entry.isSymbolicLink() ? 'broken symbolic link' : 'not readable' });
          continue;
        }
        kind = childInfo.isDirectory() ? 'folder' : childInfo.isFile() ? 'file' : 'other';
        // realpath costs a system call per path component: only symbolic links pay it, never every folder.
        if (entry.isSymbolicLink() && !options.followSymlinks && !inside(await realpath(child), realRoot)) {
          skipped.push({ source: child, reason: 'symbolic link leading out of the input folder (--follow-symlinks reads it)' });
          continue;
        }
      }
      if (kind === 'folder') await open(child, childInfo!);
      else if (kind === 'other') skipped.push({ source: child, reason: 'not a regular file' });
      else if (isReadme(child)) skipped.push({ source: child, reason: 'README (documentation, not an article)' });
      else if (isSupported(child)) {
        files.push(child);
        ids.set(child, idOf(child));
      } else skipped.push({ source: child, reason: `unsupported extension ${extname(child) || '(none)'}` });
    }
  }
  return { files, skipped, ids };
}

function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}
