// `tafahum build`: ingest, clean, extract, merge; writes extractions.jsonl and graph.json.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';
import { runBuild } from '../../extract/run.js';
import { byteProgress } from '../ui/progress.js';
import { buildReport, formatBuildReport } from '../ui/summary.js';
import { parseConfidence } from './options.js';

interface BuildFlags {
  out: string;
  minConfidence: string;
  workers?: string;
  json?: boolean;
  followSymlinks?: boolean;
  cache?: string | false;
  shard?: string;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Build extractions.jsonl and graph.json from files or folders of articles')
    .argument('<inputs...>', 'files or folders (.txt, .md, .html, .htm, .jsonl); folders are read recursively')
    .requiredOption('-o, --out <dir>', 'output directory (created if missing)')
    .option('--min-confidence <n>', 'drop entities and relations below this confidence (0..1)', '0.5')
    .option('--workers <n>', 'extra worker threads beside the main thread (default: one per other free core on large inputs, none on small ones)')
    .option('--follow-symlinks', 'follow symbolic links that lead out of an input folder (skipped by default)')
    .option('--cache <dir>', 'where per-document results are kept for incremental rebuilds (default: <out>/.cache)')
    .option('--no-cache', 'extract every document again, and keep no results')
    .option('--shard <i/n>', 'extract only share i of n (1-based) of the documents, for `tafahum merge`')
    .option('--json', 'print the run summary as JSON')
    .action(async (inputs: string[], flags: BuildFlags) => {
      if (inputs.length === 0) throw new TafahumError('E_USAGE', 'give at least one file or folder to build from');
      const progress = byteProgress('extracting', { quiet: flags.json });
      const summary = await runBuild({
        inputs,
        outDir: flags.out,
        minConfidence: parseConfidence(flags.minConfidence, '--min-confidence'),
        workers: flags.workers === undefined ? undefined : parseWorkers(flags.workers),
        followSymlinks: flags.followSymlinks === true,
        cache: flags.cache,
        shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
        onProgress: (p) => progress.update(p),
      }).finally(() => progress.stop());
      if (flags.shard) {
        // A shard has no graph of its own yet: `tafahum merge` makes it.
        process.stdout.write(flags.json ? JSON.stringify(summary, null, 2) + '\n' : `Shard ${flags.shard}: ${summary.documents} documents extracted in ${summary.seconds.toFixed(1)} s, written to ${flags.out}\n`);
        return;
      }
      const report = await buildReport(summary);
      process.stdout.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : formatBuildReport(report));
      if (summary.documents === 0) throw new TafahumError('E_INPUT', 'no document could be read from the inputs; nothing was written', 'Check the paths; supported: .txt .md .html .htm .jsonl');
    });
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new TafahumError('E_USAGE', `--shard must be i/n with 1 ≤ i ≤ n, e.g. 2/3, got "${value}"`);
  return { index: index - 1, count };
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new TafahumError('E_USAGE', `--workers must be a whole number from 0 to 64, got "${value}"`);
  return n;
}
