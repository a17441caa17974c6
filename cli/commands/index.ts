// Every command of the CLI, in the order `tafahum --help` lists them. One file per command.
import type { Command } from 'commander';
import { registerBuild } from './build.js';
import { registerEval } from './eval.js';
import { registerExplain } from './explain.js';
import { registerExport } from './export.js';
import { registerLoad } from './load.js';
import { registerNeo4j } from './neo4j.js';
import { registerPrepareTests } from './prepare-tests.js';
import { registerQuery } from './query.js';
import { registerServe } from './serve.js';

export const COMMANDS: Array<(program: Command) => void> = [
  registerBuild,
  registerEval,
  registerExplain,
  registerServe,
  registerExport,
  registerNeo4j,
  registerLoad,
  registerQuery,
  registerPrepareTests,
];
