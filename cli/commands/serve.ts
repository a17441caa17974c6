// `tafahum serve`: serves the graph viewer and one graph (an out dir's graph.json, or Neo4j) on 127.0.0.1.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';
import { appendCuration, type CurationDecision } from '../../graph/curation.js';
import { ensureViewerBuilt } from '../../viewer/server/build.js';
import { loadGraphFromOutDir } from '../../viewer/server/graph-source.js';
import { VIEWER_DIST } from '../../viewer/server/paths.js';
import { startViewerServer } from '../../viewer/server/server.js';

interface ServeOptions {
  port: string;
  open?: boolean;
  fromNeo4j?: boolean;
  json?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TafahumError('E_USAGE', `--port must be an integer between 0 and 65535, got "${value}"`);
  }
  return port;
}

function openInBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`Could not open a browser; open ${url} yourself.\n`));
  child.unref();
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the graph viewer on 127.0.0.1 (builds the viewer and the layout when missing)')
    .argument('[out-dir]', 'output directory of `tafahum build` (holds graph.json)')
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', '5173')
    .option('--open', 'open the viewer in the default browser')
    .option('--from-neo4j', 'read the graph from the configured Neo4j (read-only) instead of graph.json')
    .option('--json', 'print {"url": …} as JSON once the server listens')
    .addHelpText('after', '\nExample:\n  tafahum build examples/corpus --out out/examples && tafahum serve out/examples --open')
    .action(async (outDir: string | undefined, options: ServeOptions) => {
      const port = parsePort(options.port);
      const log = (line: string) => process.stderr.write(`${line}\n`);
      let graphJson: string;
      if (options.fromNeo4j) {
        const { loadGraphFromNeo4j } = await import('../../viewer/server/neo4j-source.js');
        graphJson = await loadGraphFromNeo4j(outDir, log);
      } else {
        if (!outDir) throw new TafahumError('E_USAGE', 'serve needs an <out-dir> (or --from-neo4j)', 'Example: tafahum serve out/examples');
        graphJson = await loadGraphFromOutDir(outDir, log);
      }
      await ensureViewerBuilt(log);
      // Corrections made in the viewer go to <out-dir>/curation.jsonl, which build, export and load apply too.
      const curationDir = outDir;
      const saveCuration = curationDir ? (decision: CurationDecision) => appendCuration(curationDir, decision) : undefined;
      const server = await startViewerServer({ distDir: VIEWER_DIST, graphJson, port, saveCuration });
      if (options.json) process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
      else process.stdout.write(`Tafahum viewer: ${server.url}\n(press Ctrl+C to stop)\n`);
      if (options.open) openInBrowser(server.url);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
