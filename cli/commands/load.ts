// `tafahum load`: Load an output directory into Neo4j.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('Load an output directory into Neo4j')
    .action(() => {
      throw new TafahumError('E_USAGE', '`load` is not implemented yet');
    });
}
