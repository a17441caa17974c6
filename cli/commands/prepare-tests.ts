// `tafahum prepare-tests`: Prepare what the test suite needs (Neo4j, viewer build, browser).
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';

export function registerPrepareTests(program: Command): void {
  program
    .command('prepare-tests')
    .description('Prepare what the test suite needs (Neo4j, viewer build, browser)')
    .action(() => {
      throw new TafahumError('E_USAGE', '`prepare-tests` is not implemented yet');
    });
}
