// `tafahum neo4j start|stop|status`: the project's own local Neo4j (Community 5.26 via Maven),
// bound to 127.0.0.1, data under .tafahum/neo4j (or --dir / TAFAHUM_NEO4J_DIR).
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';
import { DEFAULT_BOLT_PORT } from '../../cypher/paths.js';
import { DEFAULT_MEMORY } from '../../cypher/server/config.js';
import { ensureBrowser } from '../../cypher/server/distribution.js';
import { effectivePort, serverStatus, startServer, stopServer } from '../../cypher/server/instance.js';
import { readServerState, serverDirFor, writeServerState } from '../../cypher/server/state.js';

const DEFAULT_HTTP_PORT = 7474;

interface ServerFlags {
  dir?: string;
  port?: string;
  browser?: boolean;
  httpPort?: string;
  heap?: string;
  pagecache?: string;
  json?: boolean;
}

/** A JVM-style size (`512m`, `2g`), checked before it reaches neo4j.conf. */
function parseSize(flag: string, text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback;
  if (!/^[1-9][0-9]*[kmg]$/i.test(text)) throw new TafahumError('E_USAGE', `${flag} must be a size such as 512m or 2g, got "${text}"`);
  return text.toLowerCase();
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new TafahumError('E_USAGE', `--port must be an integer between 1024 and 65535, got "${text}"`);
  }
  return port;
}

/** --dir, else TAFAHUM_NEO4J_DIR, else the directory the last `neo4j start` used, else .tafahum/neo4j. */
function dirOf(flags: ServerFlags): Promise<string> {
  return serverDirFor(flags.dir);
}

function print(flags: ServerFlags, data: object, line: string): void {
  process.stdout.write(flags.json ? `${JSON.stringify(data, null, 2)}\n` : `${line}\n`);
}

export function registerNeo4j(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description('Start, stop or check the local Neo4j of the project (Community 5.26, obtained through Maven)');

  const withCommon = (cmd: Command): Command =>
    cmd
      .option('--dir <path>', 'instance directory (data, logs, credentials); default: the last one started, else .tafahum/neo4j or $TAFAHUM_NEO4J_DIR')
      .option('--json', 'print the result as JSON');

  withCommon(
    neo4j
      .command('start')
      .description('Start the local server (no-op when it runs) and wait until Bolt answers')
      .option('--port <port>', `Bolt port on 127.0.0.1 (default ${DEFAULT_BOLT_PORT}, or the one used before)`)
      .option('--browser', 'also serve Neo4j Browser over HTTP on 127.0.0.1 (fetched through Maven on first use)')
      .option('--http-port <port>', `HTTP port for --browser (default ${DEFAULT_HTTP_PORT})`)
      .option('--heap <size>', `JVM heap of the server (default ${DEFAULT_MEMORY.heap})`)
      .option('--pagecache <size>', `page cache; a big graph loads fastest when its store fits (default ${DEFAULT_MEMORY.pagecache})`),
  ).action(async (flags: ServerFlags) => {
    const dir = await dirOf(flags);
    const boltPort = await effectivePort(dir, parsePort(flags.port), DEFAULT_BOLT_PORT);
    const httpPort = flags.browser ? (parsePort(flags.httpPort) ?? DEFAULT_HTTP_PORT) : undefined;
    if (httpPort !== undefined) await ensureBrowser();
    const before = await readServerState();
    const memory = { heap: parseSize('--heap', flags.heap, DEFAULT_MEMORY.heap), pagecache: parseSize('--pagecache', flags.pagecache, DEFAULT_MEMORY.pagecache) };
    const result = await startServer({ dir, boltPort, httpPort, memory });
    // Remembered so that load, query, status and stop find this server without --dir.
    await writeServerState({ dir, ...(httpPort !== undefined ? { httpPort } : {}) });
    const verb = result.alreadyRunning ? 'already running' : 'started';
    const browser = httpPort !== undefined ? `; Neo4j Browser at http://127.0.0.1:${httpPort}/browser/` : '';
    const httpWasOn = before?.dir === dir && before.httpPort === httpPort;
    const note = result.alreadyRunning && httpPort !== undefined && !httpWasOn ? ' (it was already running: stop and start it again to switch HTTP on)' : '';
    print(
      flags,
      { ...result.status, alreadyRunning: result.alreadyRunning, user: result.credentials.user, ...(httpPort !== undefined ? { browser: `http://127.0.0.1:${httpPort}/browser/` } : {}) },
      `Neo4j ${result.status.version} ${verb} at ${result.credentials.uri} (user ${result.credentials.user}, password in ${dir}/credentials.json)${browser}${note}`,
    );
  });

  withCommon(neo4j.command('stop').description('Stop the local server cleanly')).action(async (flags: ServerFlags) => {
    const dir = await dirOf(flags);
    const { wasRunning } = await stopServer(dir);
    print(flags, { dir, stopped: wasRunning }, wasRunning ? `Neo4j in ${dir} stopped` : `Neo4j in ${dir} was not running`);
  });

  withCommon(neo4j.command('status').description('Tell whether the local server runs and answers')).action(
    async (flags: ServerFlags) => {
      const status = await serverStatus(await dirOf(flags));
      const state = await readServerState();
      const browser = state?.dir === status.dir && state.httpPort ? `, Neo4j Browser at http://127.0.0.1:${state.httpPort}/browser/` : '';
      const line = status.running
        ? `Neo4j ${status.version} running (pid ${status.pid}) at ${status.uri}${status.answering ? '' : ', not answering yet'}${browser}`
        : `Neo4j is not running (${status.dir})`;
      print(flags, status, line);
      if (!status.running) process.exitCode = 3;
    },
  );
}
