// The CLI's commands: the registry (one lazily imported file per command) lives in registry.ts.
export { COMMANDS, registerCommands } from './registry.js';
