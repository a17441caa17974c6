// Vitest global setup of the `neo4j` project: starts the project's own throwaway Neo4j
// (.tafahum/neo4j-test, Bolt 7688) unless NEO4J_URI points at a server, and stops only what it started.
import type { TestProject } from 'vitest/node';
import { openDriver } from '../../cypher/connection.js';
import { toPlain } from '../../cypher/values.js';
import { TEST_BOLT_PORT, testServerDir } from '../../cypher/paths.js';
import { startServer, stopServer } from '../../cypher/server/instance.js';
import type { Neo4jConnection } from '../../cypher/types.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the integration tests' Neo4j answers. */
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) {
    const conn = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER || 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || undefined,
    };
    await refuseToWipeData(conn);
    project.provide('neo4j', conn);
    return undefined;
  }
  const dir = testServerDir();
  const boltPort = Number(process.env.TAFAHUM_NEO4J_TEST_PORT || TEST_BOLT_PORT);
  const { alreadyRunning, credentials } = await startServer({ dir, boltPort });
  project.provide('neo4j', { uri: credentials.uri, user: credentials.user, password: credentials.password });
  return async () => {
    // A server someone else started (e.g. a previous run kept alive on purpose) stays up.
    if (!alreadyRunning) await stopServer(dir);
  };
}

/** The tests empty the database; never do that to a user's data without being told to. */
async function refuseToWipeData(conn: Neo4jConnection): Promise<void> {
  if (process.env.TAFAHUM_TEST_ALLOW_WIPE === '1') return;
  const driver = openDriver(conn);
  try {
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: conn.database });
    const nodes = Number(toPlain(records[0]?.get('n')) ?? 0);
    if (nodes > 0) {
      throw new Error(
        `the integration tests empty the database at ${conn.uri}, which holds ${nodes} nodes; ` +
          'point NEO4J_URI at an empty test database, unset it to use the project\'s own test server, ' +
          'or set TAFAHUM_TEST_ALLOW_WIPE=1',
      );
    }
  } finally {
    await driver.close();
  }
}
