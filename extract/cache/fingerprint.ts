// The version of the extractor as a content hash: its code, lexicons and models (extract/**, model/**)
// and the locked dependency versions. Any change to them invalidates every cached document result.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HASHED = ['extract', 'model', 'package-lock.json'];

let memo: string | undefined;

/** Hex digest of everything that decides a document's extraction; computed once per process (≈ 10 MB read). */
export function extractorFingerprint(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  const add = (rel: string) => {
    const path = join(ROOT, rel);
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      hash.update(`${rel}\0`).update(readOptional(path));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) add(child);
      else if (entry.isFile()) hash.update(`${child}\0`).update(readOptional(join(ROOT, child))).update('\0');
    }
  };
  for (const rel of HASHED) add(rel);
  memo = hash.digest('hex').slice(0, 32);
  return memo;
}

function readOptional(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}
