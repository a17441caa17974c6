// Reads the graph for the viewer from Neo4j (read-only); filled in once cypher/connection.ts lands.
import { TafahumError } from '../../model/errors.js';
import type { Log } from './types.js';

export async function loadGraphFromNeo4j(_cacheDir: string | undefined, _log: Log): Promise<string> {
  throw new TafahumError('E_NEO4J', '--from-neo4j is not available yet');
}
