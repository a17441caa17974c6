// The `tafahum` command line: the only place that reads argv, prints errors and sets the exit code.
import { Command, CommanderError } from 'commander';
import { TafahumError } from '../model/errors.js';
import { registerCommands } from './commands/index.js';
import { escapeControls, escapeStreamWrites } from './ui/escape.js';

// Everything printed on stdout, and every error below, has its control characters escaped (issue 15).
// stderr is left alone for the progress bar's own cursor sequences; its messages are escaped where written.
escapeStreamWrites(process.stdout);

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
    process.stderr.write(`tafahum: ${escapeControls(error.message)} [${error.code}]\n`);
    if (error.hint) process.stderr.write(`  ${escapeControls(error.hint)}\n`);
    return error.code === 'E_USAGE' ? 2 : 1;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`tafahum: unexpected error: ${escapeControls(message)}\n`);
  return 1;
}
