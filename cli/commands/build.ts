// `tafahum build`: ingest, clean, extract, merge; writes extractions.jsonl and graph.json.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';
import { runBuild, type BuildSummary } from '../../extract/run.js';
import { delayedProgress } from '../ui/progress.js';
import { parseConfidence } from './options.js';

interface BuildFlags {
  out: string;
  minConfidence: string;
  workers?: string;
  json?: boolean;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Build extractions.jsonl and graph.json from files or folders of articles')
    .argument('<inputs...>', 'files or folders (.txt, .md, .html, .htm, .jsonl); folders are read recursively')
    .requiredOption('-o, --out <dir>', 'output directory (created if missing)')
    .option('--min-confidence <n>', 'drop entities and relations below this confidence (0..1)', '0.5')
    .option('--workers <n>', 'worker threads for extraction (default: one per core on large inputs, none on small ones)')
    .option('--json', 'print the run summary as JSON')
    .action(async (inputs: string[], flags: BuildFlags) => {
      if (inputs.length === 0) throw new TafahumError('E_USAGE', 'give at least one file or folder to build from');
      const progress = delayedProgress('extracting');
      const summary = await runBuild({
        inputs,
        outDir: flags.out,
        minConfidence: parseConfidence(flags.minConfidence, '--min-confidence'),
        workers: flags.workers === undefined ? undefined : parseWorkers(flags.workers),
        onProgress: (p) => progress.update(p.filesDone, p.filesTotal, `${p.documents} documents`),
      }).finally(() => progress.stop());
      process.stdout.write(flags.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
      if (summary.documents === 0) throw new TafahumError('E_INPUT', 'no document could be read from the inputs', 'Check the paths; supported: .txt .md .html .htm .jsonl');
    });
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new TafahumError('E_USAGE', `--workers must be a whole number from 0 to 64, got "${value}"`);
  return n;
}

function formatSummary(s: BuildSummary): string {
  const byType = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  const lines = [
    `Read ${s.documents} document${s.documents === 1 ? '' : 's'} from ${s.files} file${s.files === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s`,
    `Skipped ${s.skipped.length}${s.skipped.length ? ':' : ''}`,
    ...s.skipped.slice(0, 20).map((x) => `  - ${x.source}: ${x.reason}`),
    ...(s.skipped.length > 20 ? [`  … and ${s.skipped.length - 20} more (use --json for all)`] : []),
    `Entities: ${s.entities} mentions of ${s.nodes} nodes (${byType(s.entitiesByType)})`,
    `Relations: ${s.relations} in documents, ${s.edges} edges (${byType(s.relationsByType)})`,
    `Wrote ${s.outputs.extractions}`,
    `Wrote ${s.outputs.graph}`,
  ];
  return lines.join('\n') + '\n';
}
