// Shared by the fuzz suite: the fast-check settings (a fixed seed unless FUZZ_SEED is set, runs scaled by FUZZ_RUNS)
// and the counts each file prints at the end, so a run says how much it tried.
import fc from 'fast-check';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_261_202;
const scale = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1;

/** fast-check parameters for `runs` cases (times FUZZ_RUNS); the seed is printed by fast-check on failure. */
export function fuzzParams(runs: number): fc.Parameters<unknown> {
  return { seed, numRuns: Math.max(1, Math.round(runs * scale)), endOnFailure: true };
}

/** Counters of what a fuzz file tried and how inputs were judged, printed once at the end. */
export class FuzzCounts {
  private readonly counts = new Map<string, number>();
  constructor(private readonly suite: string) {}

  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  print(): void {
    const parts = [...this.counts].map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`[fuzz] ${this.suite} (seed ${seed}): ${parts || 'nothing run'}`);
  }
}

/** CPU seconds spent in fn. */
export function cpuSeconds(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}
