// `tafahum neo4j`: Start, stop or check the local Neo4j of the project.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';

export function registerNeo4j(program: Command): void {
  program
    .command('neo4j')
    .description('Start, stop or check the local Neo4j of the project')
    .action(() => {
      throw new TafahumError('E_USAGE', '`neo4j` is not implemented yet');
    });
}
