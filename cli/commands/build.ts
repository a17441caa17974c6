// `tafahum build`: ingest, clean, extract, merge; writes extractions.jsonl and graph.json.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Build extractions.jsonl and graph.json from files or folders of articles')
    .argument('<inputs...>', 'files or folders (.txt, .md, .html, .htm, .jsonl)')
    .requiredOption('-o, --out <dir>', 'output directory')
    .action(() => {
      throw new TafahumError('E_USAGE', '`build` is not implemented yet');
    });
}
