// The `tafahum` command line: the only place that reads argv, prints errors and sets the exit code.
import { Command, CommanderError } from 'commander';
import { TafahumError } from '../model/errors.js';
import { registerCommands } from './commands/index.js';

const program = new Command('tafahum')
  .description('Turn news about international cooperation (French, Arabic, English) into a knowledge graph.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

try {
  await registerCommands(program, process.argv);
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander with exit code 0.
    return error.exitCode;
  }
  if (error instanceof TafahumError) {
    process.stderr.write(`tafahum: ${error.message} [${error.code}]\n`);
    if (error.hint) process.stderr.write(`  ${error.hint}\n`);
    return error.code === 'E_USAGE' ? 2 : 1;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`tafahum: unexpected error: ${message}\n`);
  return 1;
}
