// `tafahum serve`: Serve the graph viewer on 127.0.0.1.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the graph viewer on 127.0.0.1')
    .action(() => {
      throw new TafahumError('E_USAGE', '`serve` is not implemented yet');
    });
}
