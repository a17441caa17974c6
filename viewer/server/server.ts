// The viewer's HTTP server: the built app and one graph endpoint, on 127.0.0.1 only, with a strict CSP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { TafahumError } from '../../model/errors.js';
import { mimeType, resolveStaticFile } from './static.js';
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
  const graphBody = Buffer.from(options.graphJson, 'utf8');
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
  const server = createServer((req, res) => {
    handle(req, res, options.distDir, graphBody).catch((error: unknown) => {
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

async function handle(req: IncomingMessage, res: ServerResponse, distDir: string, graphBody: Buffer): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  // Refuse foreign Host headers so a web page cannot reach this server through DNS rebinding.
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (host !== HOST && host !== 'localhost') {
    send(res, 421, 'text/plain; charset=utf-8', 'unexpected host');
    return;
  }
  const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (path === '/graph.json') {
    send(res, 200, 'application/json; charset=utf-8', graphBody, { 'Cache-Control': 'no-store' }, req.method === 'HEAD');
    return;
  }
  const file = resolveStaticFile(distDir, path);
  if (!file) {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  const body = await readFile(file);
  send(res, 200, mimeType(file), body, { 'Cache-Control': 'no-cache' }, req.method === 'HEAD');
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
