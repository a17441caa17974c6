// Vitest global setup of the `neo4j` project: starts the project's own throwaway Neo4j
// (.tafahum/neo4j-test, Bolt 7688) unless NEO4J_URI points at a server, and stops only what it started.
// Runs of the suite can overlap (several people, one tree): a run that finds the test server
// claimed by another live run gets a private instance of its own instead of sharing (and wiping) it.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { openDriver } from '../../cypher/connection.js';
import { TEST_BOLT_PORT, testServerDir } from '../../cypher/paths.js';
import { isAlive, startServer, stopServer } from '../../cypher/server/instance.js';
import type { Neo4jConnection } from '../../cypher/types.js';
import { toPlain } from '../../cypher/values.js';

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
  const shared = testServerDir();
  const claimed = await claim(`${shared}.lock`);
  const dir = claimed ? shared : `${shared}-${process.pid}`;
  const boltPort = claimed ? Number(process.env.TAFAHUM_NEO4J_TEST_PORT || TEST_BOLT_PORT) : await freePort();
  try {
    const { alreadyRunning, credentials } = await startServer({ dir, boltPort });
    project.provide('neo4j', { uri: credentials.uri, user: credentials.user, password: credentials.password });
    return async () => {
      // A server someone kept running on purpose stays up; a private one is removed with its data.
      if (!alreadyRunning || !claimed) await stopServer(dir);
      if (claimed) await rm(`${shared}.lock`, { force: true });
      else await rm(dir, { recursive: true, force: true });
    };
  } catch (error) {
    if (claimed) await rm(`${shared}.lock`, { force: true });
    throw error;
  }
}

/** Takes the lock file unless a live process holds it (a stale lock from a crashed run is taken over). */
async function claim(lock: string): Promise<boolean> {
  if (existsSync(lock)) {
    const holder = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) return false;
    await rm(lock, { force: true });
  }
  try {
    await writeFile(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

/** A free loopback port chosen by the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
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
          "point NEO4J_URI at an empty test database, unset it to use the project's own test server, " +
          'or set TAFAHUM_TEST_ALLOW_WIPE=1',
      );
    }
  } finally {
    await driver.close();
  }
}
