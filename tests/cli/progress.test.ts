// Build progress: by bytes and documents for a single .jsonl, with a rate and an ETA that are never NaN.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildProgress } from '../../extract/run.js';
import { byteProgress, rateAndEta } from '../../cli/ui/progress.js';
import { generateNews } from '../fuzz/generate.js';

const temp = mkdtempSync(join(tmpdir(), 'tafahum-progress-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('build progress', () => {
  it('counts bytes and documents inside one .jsonl file, ending at its size', async () => {
    const input = join(temp, 'news.jsonl');
    writeFileSync(input, Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: `n${i}`, text: generateNews(1500, i, 'en') })).join('\n') + '\n');
    const seen: BuildProgress[] = [];
    await runBuild({ inputs: [input], outDir: join(temp, 'out'), minConfidence: 0.5, workers: 0, onProgress: (p) => seen.push(p) });
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ documents: 120, bytesDone: statSync(input).size, bytesTotal: statSync(input).size, filesDone: 1 });
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.bytesDone).toBeGreaterThanOrEqual(seen[i - 1]!.bytesDone);
  });

  it('shows rate and ETA as text, never NaN or Infinity', () => {
    for (const [done, total, seconds] of [[0, 0, 0], [0, 100, 5], [100, 100, 0], [5e6, 1e7, 2.5]] as const) {
      const { rate, eta } = rateAndEta(done, total, seconds);
      expect(`${rate} ${eta}`).not.toMatch(/NaN|Infinity/);
    }
    expect(rateAndEta(5e6, 1e7, 2.5)).toEqual({ rate: '2.00 MB/s', eta: '3s' });
  });

  it('draws documents and MB on a terminal, and nothing otherwise', () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    let written = '';
    tty.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const bar = byteProgress('extracting', { stream: tty as unknown as NodeJS.WriteStream, delayMs: 0 });
    bar.update({ bytesDone: 2e6, bytesTotal: 8e6, documents: 512 });
    bar.stop();
    expect(written).toMatch(/512 documents/);
    expect(written).toMatch(/2\.0 MB\/8\.0 MB/);
    const quiet = byteProgress('extracting', { stream: tty as unknown as NodeJS.WriteStream, delayMs: 0, quiet: true });
    written = '';
    quiet.update({ bytesDone: 1, bytesTotal: 2, documents: 1 });
    expect(written).toBe('');
  });
});
