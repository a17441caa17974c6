// Never lose a build: a typo, an input with no document, or a build killed midway leaves the previous
// outputs byte-identical (outputs are staged and renamed into place only on success).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNews } from '../fuzz/generate.js';

const BIN = fileURLToPath(new URL('../../bin/tafahum.mjs', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples/corpus', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'tafahum-build-safety-'));
const out = join(temp, 'out');
/** The CLI in a child, awaited without blocking the test worker. */
const tafahum = (...args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
const snapshot = () => ({ graph: readFileSync(join(out, 'graph.json')), extractions: readFileSync(join(out, 'extractions.jsonl')) });

describe('a failing build leaves the previous output intact', () => {
  let before: ReturnType<typeof snapshot>;
  beforeAll(async () => {
    expect((await tafahum('build', EXAMPLES, '--out', out)).status).toBe(0);
    before = snapshot();
  }, 120_000);
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('on a mistyped input', async () => {
    const run = await tafahum('build', `${EXAMPLES}-typo`, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/input not found: .*corpus-typo.*\[E_INPUT\]/);
    expect(snapshot()).toEqual(before);
  });

  it('on inputs that hold no document', async () => {
    const empty = join(temp, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'blank.txt'), '   \n');
    const run = await tafahum('build', empty, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Nothing written/);
    expect(snapshot()).toEqual(before);
  });

  it('when the build is killed while extracting', async () => {
    const input = join(temp, 'big.jsonl');
    const lines = Array.from({ length: 600 }, (_, i) => JSON.stringify({ id: `g${i}`, text: generateNews(5000, i, (['en', 'fr', 'ar'] as const)[i % 3]) }));
    writeFileSync(input, lines.join('\n') + '\n');
    const child = spawn(process.execPath, [BIN, 'build', input, '--out', out], { stdio: 'ignore' });
    // Kill it once extraction results are being staged: mid-build, after the previous output could have been touched.
    const staged = () => readdirSync(out).some((d) => d.startsWith('.build-') && existsSync(join(out, d, 'partial.jsonl')) && statSync(join(out, d, 'partial.jsonl')).size > 0);
    while (!staged() && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    expect(child.exitCode).toBeNull();
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(snapshot()).toEqual(before);
  });
});
