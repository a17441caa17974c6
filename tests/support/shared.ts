// Where the read-only shared material (seeds, gold, corpora, NER data, kb) lives: ../shared beside the
// project root, or TAFAHUM_SHARED. Tests that need it call `requireShared`: outside CI a missing folder
// skips them with one line naming the path; in CI (CI=true) it is a failure, never a silent skip.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED_DIR = resolve(process.env.TAFAHUM_SHARED ?? join(PROJECT_ROOT, '..', 'shared'));

/** An absolute path inside the shared folder. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/**
 * Whether every listed part of the shared folder is present. When one is missing: throws in CI,
 * otherwise prints why the calling suite is skipped and returns false (use with `describe.skipIf`).
 */
export function requireShared(suite: string, ...parts: string[]): boolean {
  const missing = parts.map((p) => sharedPath(p)).filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  const why = `${suite}: ${missing.join(', ')} not found (set TAFAHUM_SHARED or put shared/ beside the project)`;
  if (process.env.CI === 'true') throw new Error(`${why}; in CI the shared material is required`);
  console.warn(`[skipped] ${why}`);
  return false;
}
