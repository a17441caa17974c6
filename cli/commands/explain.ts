// `tafahum explain`: Show an entity: aliases, mentions, merge reasons.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('Show an entity: aliases, mentions, merge reasons')
    .action(() => {
      throw new TafahumError('E_USAGE', '`explain` is not implemented yet');
    });
}
