// Where the project keeps Neo4j files: the assembled distribution and the server instances.
// Defaults live under <project>/.tafahum/ (git-ignored); env vars move them.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NEO4J_VERSION = '5.26.31';
export const DEFAULT_BOLT_PORT = 7687;
/** Port and directory of the throwaway server the integration tests use, so a dev DB is untouched. */
export const TEST_BOLT_PORT = 7688;

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CYPHER_DIR = fileURLToPath(new URL('.', import.meta.url));

export function tafahumDir(): string {
  return resolve(PROJECT_ROOT, '.tafahum');
}

/** Instance directory of the user's server: TAFAHUM_NEO4J_DIR or .tafahum/neo4j. */
export function defaultServerDir(): string {
  const fromEnv = process.env.TAFAHUM_NEO4J_DIR;
  return fromEnv ? resolve(fromEnv) : resolve(tafahumDir(), 'neo4j');
}

export function testServerDir(): string {
  return resolve(tafahumDir(), 'neo4j-test');
}

/** NEO4J_HOME of the assembled distribution, shared by every instance: TAFAHUM_NEO4J_DIST or .tafahum/neo4j-dist/<version>. */
export function distributionDir(): string {
  const fromEnv = process.env.TAFAHUM_NEO4J_DIST;
  return fromEnv ? resolve(fromEnv) : resolve(tafahumDir(), 'neo4j-dist', `neo4j-community-${NEO4J_VERSION}`);
}
