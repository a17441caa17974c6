// How to reach Neo4j: NEO4J_URI/USER/PASSWORD/DATABASE win, else the local server's stored
// credentials. Also the one place that opens drivers and turns driver errors into TafahumErrors.
import neo4j, { type Driver } from 'neo4j-driver';
import { TafahumError } from '../model/errors.js';
import { readCredentials } from './server/credentials.js';
import { serverDirFor } from './server/state.js';
import type { Neo4jConnection } from './types.js';

export async function resolveConnection(): Promise<Neo4jConnection> {
  const database = process.env.NEO4J_DATABASE || undefined;
  const uri = process.env.NEO4J_URI;
  if (uri) {
    checkUriScheme(uri);
    return { uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database };
  }
  const dir = await serverDirFor();
  const stored = await readCredentials(dir);
  if (!stored) {
    throw new TafahumError(
      'E_NEO4J',
      `no Neo4j to talk to: NEO4J_URI is not set and there is no local server in ${dir}`,
      'Run `npx tafahum neo4j start`, or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD for your own server.',
    );
  }
  return { uri: stored.uri, user: stored.user, password: stored.password, database: database ?? stored.database };
}

/** The schemes the driver speaks; anything else (http://, a bare host) is a usage error, not a stack trace. */
export const BOLT_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

export function checkUriScheme(uri: string): void {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || !(BOLT_SCHEMES as readonly string[]).includes(scheme)) {
    throw new TafahumError(
      'E_USAGE',
      `NEO4J_URI must start with ${BOLT_SCHEMES.map((s) => `${s}://`).join(', ')}; got "${uri}"`,
      'Neo4j is reached over Bolt (port 7687 by default), e.g. NEO4J_URI=bolt://127.0.0.1:7687 — not over HTTP (7474).',
    );
  }
}

export function openDriver(conn: Neo4jConnection): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    userAgent: 'tafahum',
    maxConnectionPoolSize: 8,
    connectionAcquisitionTimeout: 60_000,
    // Driver warnings about plans go to the server's query log, not to our stdout.
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Opens a driver, checks that the server answers, runs `work`, always closes. */
export async function withDriver<T>(conn: Neo4jConnection, work: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = openDriver(conn);
  try {
    try {
      await driver.verifyConnectivity(conn.database ? { database: conn.database } : {});
    } catch (error) {
      throw toTafahumError(error, conn);
    }
    return await work(driver);
  } catch (error) {
    throw toTafahumError(error, conn);
  } finally {
    await driver.close();
  }
}

/** Driver errors carry a Neo4j status code; keep it in the message, add what to do. */
export function toTafahumError(error: unknown, conn: Neo4jConnection): TafahumError {
  if (error instanceof TafahumError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new TafahumError(
      'E_NEO4J',
      `Neo4j at ${conn.uri} is unreachable: ${message}`,
      'Start the local server with `npx tafahum neo4j start`, or check NEO4J_URI.',
    );
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    // After several failed logins Neo4j refuses every attempt for a while, right password included.
    return new TafahumError(
      'E_NEO4J',
      `Neo4j refuses logins for ${conn.user} for now: too many failed attempts (${message})`,
      'Wait a few seconds (dbms.security.auth_lock_time, 5 s by default) and retry; the password you give may well be right.',
    );
  }
  if (code.startsWith('Neo.ClientError.Security')) {
    return new TafahumError('E_NEO4J', `Neo4j refused the credentials for ${conn.user}: ${message}`, 'Check NEO4J_USER and NEO4J_PASSWORD.');
  }
  return new TafahumError('E_NEO4J', `Neo4j refused the query: ${message}${code ? ` (${code})` : ''}`);
}
