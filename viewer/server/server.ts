// The viewer's HTTP server: the built app, the graph and the curation endpoint, on 127.0.0.1 only, with a
// strict CSP. Curation writes only when the caller gives a place to save decisions.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { TafahumError } from '../../model/errors.js';
import { applyCuration, parseDecision } from '../../graph/curation.js';
import { createKnowledgeGraph } from '../../graph/io.js';
import { mimeType, resolveStaticFile } from './static.js';
import { encodeViewGraph } from './view-payload.js';
import type { EdgeEvidence, SerializedGraph } from '../../graph/types.js';
import type { RunningViewerServer, ViewerServerOptions } from './types.js';

export const HOST = '127.0.0.1';

// blob: for workers because the ForceAtlas2 supervisor starts its worker from a Blob URL;
// blob:/data: images for the PNG export.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export async function startViewerServer(options: ViewerServerOptions): Promise<RunningViewerServer> {
  const graph = servedGraph(options.graphJson);
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
  const server = createServer((req, res) => {
    handle(req, res, options, graph).catch((error: unknown) => {
      // The client gets no detail; the person running the server gets the request and the cause.
      logError(`viewer: 500 for ${req.method ?? '?'} ${JSON.stringify(req.url ?? '')}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new TafahumError('E_USAGE', `port ${options.port} is already in use`, 'Pick another one with --port <n>.')
          : error,
      );
    });
    server.listen(options.port, HOST, () => resolvePromise());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}

/** The graph as served; replaced when a curation decision changes it. */
interface ServedGraph {
  /** graph.json: the whole graph (exports read their evidence from it). */
  body: Buffer;
  /** view.json: what the viewer loads (viewer/src/data/view-format.ts). */
  view: Buffer;
  /** The evidence sentences view.json leaves out, by relation key. */
  evidence: Map<string, EdgeEvidence[]>;
}

function servedGraph(graphJson: string): ServedGraph {
  let parsed: SerializedGraph | undefined;
  try {
    parsed = JSON.parse(graphJson) as SerializedGraph;
  } catch {
    // Not a graph: served as it is, and the page says it cannot show it.
  }
  const usable = parsed && Array.isArray(parsed.nodes) && Array.isArray(parsed.edges);
  const { payload, evidence } = usable ? encodeViewGraph(parsed!) : { payload: parsed ?? {}, evidence: new Map<string, EdgeEvidence[]>() };
  return { body: Buffer.from(graphJson, 'utf8'), view: Buffer.from(JSON.stringify(payload), 'utf8'), evidence };
}

const MAX_DECISION_BYTES = 16_384;

async function handle(req: IncomingMessage, res: ServerResponse, options: ViewerServerOptions, graph: ServedGraph): Promise<void> {
  // Refuse foreign Host headers so a web page cannot reach this server through DNS rebinding.
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (host !== HOST && host !== 'localhost') {
    send(res, 421, 'text/plain; charset=utf-8', 'unexpected host');
    return;
  }
  const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (path === '/api/curation' && req.method === 'POST') {
    await curate(req, res, options, graph);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  if (path === '/graph.json') {
    send(res, 200, 'application/json; charset=utf-8', graph.body, { 'Cache-Control': 'no-store' }, req.method === 'HEAD');
    return;
  }
  if (path === '/view.json') {
    send(res, 200, 'application/json; charset=utf-8', graph.view, { 'Cache-Control': 'no-store' }, req.method === 'HEAD');
    return;
  }
  if (path === '/api/evidence') {
    const edge = new URL(req.url ?? '/', 'http://localhost').searchParams.get('edge') ?? '';
    const evidence = graph.evidence.get(edge);
    if (!evidence) send(res, 404, 'text/plain; charset=utf-8', 'no such relation');
    else send(res, 200, 'application/json; charset=utf-8', JSON.stringify(evidence), { 'Cache-Control': 'no-store' }, req.method === 'HEAD');
    return;
  }
  if (path === '/api/curation') {
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ enabled: Boolean(options.saveCuration) }), { 'Cache-Control': 'no-store' });
    return;
  }
  const file = resolveStaticFile(options.distDir, path);
  if (!file) {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  const body = await readFile(file);
  send(res, 200, mimeType(file), body, { 'Cache-Control': 'no-cache' }, req.method === 'HEAD');
}

/**
 * POST /api/curation: one decision as JSON from the viewer itself. A page elsewhere cannot post here: the
 * Origin must be this server's, and application/json forces a CORS preflight that this server never grants.
 */
async function curate(req: IncomingMessage, res: ServerResponse, options: ViewerServerOptions, graph: ServedGraph): Promise<void> {
  const origin = req.headers.origin;
  const ownOrigin = origin !== undefined && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin) && origin.endsWith(`:${req.socket.localPort}`);
  if (!ownOrigin || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
    send(res, 403, 'text/plain; charset=utf-8', 'curation is accepted from the viewer only');
    return;
  }
  if (!options.saveCuration) {
    send(res, 409, 'text/plain; charset=utf-8', 'this server is read-only (no output directory to save curation to)');
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_DECISION_BYTES) {
      send(res, 413, 'text/plain; charset=utf-8', 'decision too large');
      return;
    }
    chunks.push(chunk as Buffer);
  }
  let decision: ReturnType<typeof parseDecision>;
  try {
    decision = parseDecision(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  } catch {
    decision = 'not JSON';
  }
  if (typeof decision === 'string') {
    send(res, 400, 'text/plain; charset=utf-8', decision);
    return;
  }
  await options.saveCuration(decision);
  // The served graph follows at once, positions kept: a reload shows the decision applied.
  const current = createKnowledgeGraph();
  current.import(JSON.parse(graph.body.toString('utf8')) as never);
  const result = applyCuration(current, [decision]);
  Object.assign(graph, servedGraph(JSON.stringify(current.export())));
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result), { 'Cache-Control': 'no-store' });
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
  headOnly = false,
): void {
  if (res.headersSent) return;
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...SECURITY_HEADERS, ...extra, 'Content-Type': type, 'Content-Length': String(buffer.length) });
  res.end(headOnly ? undefined : buffer);
}
