// `tafahum eval`: Score an output directory against gold annotations (FORMAT.md).
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score an output directory against gold annotations (FORMAT.md)')
    .action(() => {
      throw new TafahumError('E_USAGE', '`eval` is not implemented yet');
    });
}
