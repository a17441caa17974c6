// `tafahum neo4j`: Start, stop or check the project's local Neo4j.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';

export function registerNeo4j(program: Command): void {
  program
    .command('neo4j')
    .description('Start, stop or check the project's local Neo4j')
    .action(() => {
      throw new TafahumError('E_USAGE', '`neo4j` is not implemented yet');
    });
}
