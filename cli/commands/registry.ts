// Every command of the CLI, in the order `tafahum --help` lists them. One file per command, imported
// only when needed: a command loads its own dependencies, not those of every other command.
import type { Command } from 'commander';

type Register = (program: Command) => void;

export const COMMANDS: Record<string, () => Promise<Register>> = {
  build: async () => (await import('./build.js')).registerBuild,
  merge: async () => (await import('./merge.js')).registerMerge,
  eval: async () => (await import('./eval.js')).registerEval,
  explain: async () => (await import('./explain.js')).registerExplain,
  serve: async () => (await import('./serve.js')).registerServe,
  export: async () => (await import('./export.js')).registerExport,
  neo4j: async () => (await import('./neo4j.js')).registerNeo4j,
  load: async () => (await import('./load.js')).registerLoad,
  query: async () => (await import('./query.js')).registerQuery,
  'prepare-tests': async () => (await import('./prepare-tests.js')).registerPrepareTests,
  'train-ner': async () => (await import('./train-ner.js')).registerTrainNer,
};

/**
 * Registers the command named on the command line, or every command when none is (help, typos).
 * `--version` needs none.
 */
export async function registerCommands(program: Command, argv: readonly string[]): Promise<void> {
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) return;
  const named = args.find((a) => !a.startsWith('-'));
  const wanted = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  const registers = await Promise.all(wanted.map((name) => COMMANDS[name]!()));
  for (const register of registers) register(program);
}
