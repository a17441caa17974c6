// `tafahum export`: Export the graph as csv, jsonl, gexf, graphml or neo4j-admin files.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export the graph as csv, jsonl, gexf, graphml or neo4j-admin files')
    .action(() => {
      throw new TafahumError('E_USAGE', '`export` is not implemented yet');
    });
}
