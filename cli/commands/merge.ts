// `tafahum merge`: combine the outputs of `build --shard i/n` into one extractions.jsonl and graph.json,
// identical to a single build of the same inputs.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';
import { runMerge } from '../../extract/shard-merge.js';
import { buildReport, formatBuildReport } from '../ui/summary.js';

interface MergeFlags {
  out: string;
  json?: boolean;
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('Merge shard outputs (build --shard i/n) into one graph, as a single build would give')
    .argument('<shard-dirs...>', 'output directories of every shard build')
    .requiredOption('-o, --out <dir>', 'output directory for extractions.jsonl and graph.json')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', '\nExample:\n  for i in 1 2 3; do tafahum build corpus/ --shard $i/3 --out out/shard-$i; done\n  tafahum merge out/shard-1 out/shard-2 out/shard-3 --out out/all')
    .action(async (dirs: string[], flags: MergeFlags) => {
      if (dirs.length === 0) throw new TafahumError('E_USAGE', 'give the output directory of every shard');
      const report = await buildReport(await runMerge(dirs, flags.out));
      process.stdout.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : formatBuildReport(report));
    });
}
