// `tafahum query`: Run a Cypher query (read-only) or a saved query against Neo4j.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('Run a Cypher query (read-only) or a saved query against Neo4j')
    .action(() => {
      throw new TafahumError('E_USAGE', '`query` is not implemented yet');
    });
}
