// Smoke run of `npm run bench` on a sliver of input (not timed): every figure is there and finite,
// --help works, and the run leaves its results file behind and nothing else.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Runs the bench without blocking the test worker (a long synchronous child starves vitest's heartbeat). */
const bench = (...args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'bench/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
const temp = mkdtempSync(join(tmpdir(), 'tafahum-bench-smoke-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npm run bench', () => {
  it('prints its options with --help and refuses unknown ones', async () => {
    expect((await bench('--help')).stdout).toMatch(/--limit-mb/);
    expect((await bench('--bogus')).status).toBe(2);
  });

  it('reports every figure on a small input', async () => {
    const results = join(temp, 'results.json');
    const run = await bench('--limit-mb', '0.1', '--ratio-mb', '0.05', '--results', results);
    expect(run.status, run.stderr).toBe(0);
    const figures = JSON.parse(readFileSync(results, 'utf8')) as Record<string, unknown>;
    for (const key of ['input_mb', 'docs', 'mb_per_s', 'mb_per_s_1_worker', 'cold_build_s', 'warm_rebuild_s', 'peak_rss_mb']) {
      expect(Number.isFinite(figures[key]), key).toBe(true);
    }
    expect(figures.peak_rss_mb as number).toBeGreaterThan(20);
    expect(run.stdout).toMatch(/ratio_vs_compromise/);
  }, 300_000);
});
