// Which local server the CLI talks to: `neo4j start --dir D` remembers D (and its HTTP port) in
// .tafahum/neo4j-state.json, so `load`, `query`, `status` and `stop` find it without --dir.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { TafahumError } from '../../model/errors.js';
import { defaultServerDir, tafahumDir } from '../paths.js';

export interface ServerState {
  /** Instance directory of the last server started. */
  dir: string;
  /** HTTP port of Neo4j Browser when it was started with --browser. */
  httpPort?: number;
}

export function statePath(): string {
  return process.env.TAFAHUM_NEO4J_STATE ? resolve(process.env.TAFAHUM_NEO4J_STATE) : join(tafahumDir(), 'neo4j-state.json');
}

export async function readServerState(): Promise<ServerState | undefined> {
  let text: string;
  try {
    text = await readFile(statePath(), 'utf8');
  } catch {
    return undefined; // never started through the CLI
  }
  try {
    const state = JSON.parse(text) as ServerState;
    return typeof state.dir === 'string' ? state : undefined;
  } catch {
    throw new TafahumError('E_NEO4J_SETUP', `${statePath()} is not valid JSON`, 'Delete it; the next `tafahum neo4j start` writes it again.');
  }
}

export async function writeServerState(state: ServerState): Promise<void> {
  await mkdir(dirname(statePath()), { recursive: true });
  await writeFile(statePath(), `${JSON.stringify(state, null, 2)}\n`);
}

/** The instance directory to use: --dir, else TAFAHUM_NEO4J_DIR, else the remembered one, else .tafahum/neo4j. */
export async function serverDirFor(explicit?: string): Promise<string> {
  if (explicit) return resolve(explicit);
  if (process.env.TAFAHUM_NEO4J_DIR) return defaultServerDir();
  return (await readServerState())?.dir ?? defaultServerDir();
}
