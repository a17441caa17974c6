// The project carries no text of the shared seed documents (no run of 40 characters or more, whitespace
// folded) and no absolute machine path: the seeds measure the product, they must not be inside it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, requireShared, sharedPath } from '../support/shared.js';

const WINDOW = 40;
const fold = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');

/** Text files tracked by git (the submission), without the lock file and binaries. */
function trackedTexts(): Array<{ path: string; text: string }> {
  const paths = execFileSync('git', ['ls-files', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  const out: Array<{ path: string; text: string }> = [];
  for (const path of paths) {
    if (path === 'package-lock.json') continue;
    const full = join(PROJECT_ROOT, path);
    let size = 0;
    try {
      size = statSync(full).size;
    } catch {
      continue; // deleted in the working tree but still in the index
    }
    if (size > 20_000_000) continue;
    const bytes = readFileSync(full);
    if (bytes.includes(0)) continue;
    out.push({ path, text: fold(bytes.toString('utf8')) });
  }
  return out;
}

describe('provenance of the project text', () => {
  const files = trackedTexts();

  it('has no absolute machine path in code, tests or data', () => {
    const machinePath = /['"`](\/work|\/root|\/home)\//;
    const hits = files.filter((f) => !f.path.endsWith('.md') && machinePath.test(f.text)).map((f) => f.path);
    expect(hits).toEqual([]);
  });

  describe.skipIf(!requireShared('provenance: seed fragments', 'seeds'))('and the seeds', () => {
    it(`holds no run of ${WINDOW} characters from ../shared/seeds`, () => {
      const windows = new Map<string, string>();
      for (const name of readdirSync(sharedPath('seeds'))) {
        const text = fold(readFileSync(sharedPath('seeds', name), 'utf8'));
        for (let i = 0; i + WINDOW <= text.length; i++) windows.set(text.slice(i, i + WINDOW), name);
      }
      const hits: string[] = [];
      for (const { path, text } of files) {
        for (let i = 0; i + WINDOW <= text.length; i++) {
          const seed = windows.get(text.slice(i, i + WINDOW));
          if (seed) {
            hits.push(`${path}: "${text.slice(i, i + WINDOW)}" (from ${seed})`);
            break;
          }
        }
      }
      expect(hits).toEqual([]);
    });
  });
});
