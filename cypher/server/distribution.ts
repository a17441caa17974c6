// Obtains Neo4j Community through the machine's Maven and lays it out as a NEO4J_HOME
// (lib/, bin/neo4j, bin/neo4j-admin, conf/). Maven's ~/.m2 is the download cache.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { TafahumError } from '../../model/errors.js';
import { CYPHER_DIR, NEO4J_VERSION, distributionDir } from '../paths.js';

const run = promisify(execFile);
const COMPLETE_MARKER = '.tafahum-complete';

/**
 * The official server tarball is not on Maven Central (checked for 5.26.x), but its jars are:
 * the launchers below call the same entry points the official bin/ scripts call.
 */
const LAUNCHERS: Record<string, string> = {
  neo4j: 'org.neo4j.server.startup.Neo4jCommand',
  'neo4j-admin': 'org.neo4j.server.startup.Neo4jAdminCommand',
};

function launcherScript(mainClass: string): string {
  return [
    '#!/bin/sh',
    '# Assembled by Tafahum from the Neo4j jars on Maven Central; same entry point as the official script.',
    'NEO4J_HOME="${NEO4J_HOME:-$(cd "$(dirname "$0")/.." && pwd)}"',
    'export NEO4J_HOME',
    'JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"',
    `exec "$JAVA" -cp "$NEO4J_HOME/lib/*" ${mainClass} "$@"`,
    '',
  ].join('\n');
}

/** Defaults of the distribution itself; each instance writes its own conf (server/config.ts). */
const DEFAULT_CONF = [
  '# Default configuration of the Tafahum-assembled Neo4j; instances use their own conf dir.',
  'server.default_listen_address=127.0.0.1',
  'server.http.enabled=false',
  'server.https.enabled=false',
  'dbms.usage_report.enabled=false',
  'server.memory.heap.initial_size=512m',
  'server.memory.heap.max_size=1g',
  'server.memory.pagecache.size=512m',
  '',
].join('\n');

/** Returns NEO4J_HOME of an unpacked Neo4j Community 5.26, downloading through Maven if needed. */
export async function ensureNeo4jDistribution(): Promise<string> {
  const home = distributionDir();
  if (existsSync(join(home, COMPLETE_MARKER))) return home;
  // Assemble next to the target and rename at the end, so a crash or a concurrent
  // caller never sees a half-filled lib/.
  await mkdir(dirname(home), { recursive: true });
  const staging = `${home}.tmp-${process.pid}-${Date.now()}`;
  try {
    await assemble(staging);
    try {
      await rename(staging, home);
    } catch (error) {
      if (!existsSync(join(home, COMPLETE_MARKER))) throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return home;
}

async function assemble(staging: string): Promise<void> {
  const lib = join(staging, 'lib');
  await mkdir(lib, { recursive: true });
  const pom = join(CYPHER_DIR, 'server', 'pom.xml');
  try {
    await run(
      'mvn',
      ['-B', '-q', '-f', pom, `-Dneo4j.version=${NEO4J_VERSION}`, `-DoutputDirectory=${lib}`, 'dependency:copy-dependencies'],
      { maxBuffer: 16 * 1024 * 1024, timeout: 30 * 60_000 },
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n').slice(-6).join(' ') : String(error);
    throw new TafahumError(
      'E_NEO4J_SETUP',
      `could not fetch Neo4j ${NEO4J_VERSION} through Maven: ${detail}`,
      'Check that `mvn` (3.8+) and Java 17 are installed and Maven Central is reachable, or set NEO4J_URI to use your own server.',
    );
  }
  const jars = (await readdir(lib)).filter((name) => name.endsWith('.jar'));
  if (!jars.some((name) => name.startsWith(`neo4j-${NEO4J_VERSION}`))) {
    throw new TafahumError('E_NEO4J_SETUP', `Maven did not deliver neo4j-${NEO4J_VERSION}.jar into ${lib}`);
  }
  await mkdir(join(staging, 'bin'));
  for (const [name, mainClass] of Object.entries(LAUNCHERS)) {
    const path = join(staging, 'bin', name);
    await writeFile(path, launcherScript(mainClass));
    await chmod(path, 0o755);
  }
  for (const sub of ['conf', 'plugins', 'import', 'licenses']) await mkdir(join(staging, sub));
  await writeFile(join(staging, 'conf', 'neo4j.conf'), DEFAULT_CONF);
  await writeFile(join(staging, COMPLETE_MARKER), `neo4j-community ${NEO4J_VERSION}, ${jars.length} jars\n`);
}

/** Neo4j Browser's version on Maven Central (the newest published there; it serves any 5.x server). */
export const NEO4J_BROWSER_VERSION = '5.24.0';

/**
 * Adds Neo4j Browser (a jar the server serves at /browser/ when HTTP is on) to the distribution,
 * once; distributions assembled before --browser existed lack it.
 */
export async function ensureBrowser(): Promise<void> {
  const home = await ensureNeo4jDistribution();
  const lib = join(home, 'lib');
  if ((await readdir(lib)).some((name) => name.startsWith('neo4j-browser-'))) return;
  try {
    await run(
      'mvn',
      ['-B', '-q', 'dependency:copy', `-Dartifact=org.neo4j.client:neo4j-browser:${NEO4J_BROWSER_VERSION}`, `-DoutputDirectory=${lib}`],
      { cwd: join(CYPHER_DIR, 'server'), maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 },
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n').slice(-4).join(' ') : String(error);
    throw new TafahumError('E_NEO4J_SETUP', `could not fetch Neo4j Browser ${NEO4J_BROWSER_VERSION} through Maven: ${detail}`, 'Start without --browser, or check that Maven Central is reachable.');
  }
}
