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
        onProgress: (p) => progress.update(p),
      }).finally(() => progress.stop());
      const report = await buildReport(summary);
      process.stdout.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : formatBuildReport(report));
      if (summary.documents === 0) throw new TafahumError('E_INPUT', 'no document could be read from the inputs; nothing was written', 'Check the paths; supported: .txt .md .html .htm .jsonl');
    });
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new TafahumError('E_USAGE', `--workers must be a whole number from 0 to 64, got "${value}"`);
  return n;
}
