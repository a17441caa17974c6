// Work per document grows near-linearly with its size (issue 15: an all-pairs scan made 2 MB take 82 s).
// Asserts the ratio of CPU times between a generated 256 KB and 2 MB document, never a wall time.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Linear growth gives 8; the quadratic scans this guards against gave 30 and more. Slack for GC and noise. */
const MAX_RATIO = 14;
const probe = fileURLToPath(new URL('./scaling-probe.ts', import.meta.url));

describe('extraction scales near-linearly with document size', () => {
  it(`2 MB costs at most ${MAX_RATIO}× the CPU time of 256 KB`, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', probe, 'en'], { maxBuffer: 1 << 20 });
    const { small, large } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { small: number; large: number };
    const ratio = large / small;
    console.log(`[scaling] en: 256 KB ${small.toFixed(2)} s, 2 MB ${large.toFixed(2)} s CPU, ratio ${ratio.toFixed(1)} (linear = 8)`);
    expect(ratio).toBeLessThan(MAX_RATIO);
  }, 300_000);
});
