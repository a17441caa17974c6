// The viewer server: 127.0.0.1 only, CSP and security headers, nothing outside viewer/dist, layout cache.
import { request } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_VERSION } from '../../graph/layout.js';
import { ensureViewerBuilt } from '../../viewer/server/build.js';
import { loadGraphFromOutDir } from '../../viewer/server/graph-source.js';
import { VIEWER_DIST } from '../../viewer/server/paths.js';
import { startViewerServer } from '../../viewer/server/server.js';
import { resolveStaticFile } from '../../viewer/server/static.js';
import type { RunningViewerServer } from '../../viewer/server/types.js';
import { SIGNED_EDGE, SIGNED_SENTENCE, writeFixtureOutDir } from './fixture.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so paths reach the server exactly as written (no URL normalisation by a client). */
function get(port: number, path: string, host = `127.0.0.1:${port}`, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('viewer server', () => {
  let server: RunningViewerServer;
  let outDir: string;

  beforeAll(async () => {
    await ensureViewerBuilt();
    outDir = await writeFixtureOutDir();
    const graphJson = await loadGraphFromOutDir(outDir, () => {});
    server = await startViewerServer({ distDir: VIEWER_DIST, graphJson, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('listens on 127.0.0.1 and serves the app with a CSP', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const reply = await get(server.port, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<div id="graph"');
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the graph with layout positions on every node', async () => {
    const reply = await get(server.port, '/graph.json');
    expect(reply.status).toBe(200);
    const graph = JSON.parse(reply.body) as { nodes: Array<{ attributes: { x?: number; y?: number } }> };
    expect(graph.nodes).toHaveLength(10);
    for (const node of graph.nodes) {
      expect(Number.isFinite(node.attributes.x)).toBe(true);
      expect(Number.isFinite(node.attributes.y)).toBe(true);
    }
  });

  it('serves the view payload without evidence, and the evidence of one relation on demand', async () => {
    const view = await get(server.port, '/view.json');
    expect(view.status).toBe(200);
    expect(view.headers['content-security-policy']).toContain("default-src 'none'");
    const payload = JSON.parse(view.body) as { format: string; nodes: { keys: string[] }; edges: { columns: Record<string, unknown> } };
    expect(payload.format).toBe('tafahum-view/1');
    expect(payload.nodes.keys).toHaveLength(10);
    expect(Object.keys(payload.edges.columns)).not.toContain('evidence');
    expect(view.body).not.toContain(SIGNED_SENTENCE);
    const evidence = await get(server.port, `/api/evidence?edge=${encodeURIComponent(SIGNED_EDGE)}`);
    expect(evidence.status).toBe(200);
    expect(evidence.headers['content-type']).toContain('application/json');
    expect((JSON.parse(evidence.body) as Array<{ text: string }>)[0]?.text).toBe(SIGNED_SENTENCE);
    expect((await get(server.port, '/api/evidence?edge=nothing')).status).toBe(404);
  });

  it('caches the layout in the out dir and reuses it', async () => {
    const cache = join(outDir, 'layout.json');
    const before = await stat(cache);
    const again = await loadGraphFromOutDir(outDir, () => {
      throw new Error('the layout should come from the cache');
    });
    expect(JSON.parse(again).nodes).toHaveLength(10);
    expect((await stat(cache)).mtimeMs).toBe(before.mtimeMs);
    expect(JSON.parse(await readFile(cache, 'utf8')).version).toBe(LAYOUT_VERSION);
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/assets/../../package.json',
    '/assets/..%2f..%2fserver%2fserver.ts',
    '/..%5c..%5cpackage.json',
    '/%00index.html',
    '//etc/passwd',
    '/src/main.ts',
    '/graph.json/../../package.json',
  ])('refuses %s', async (path) => {
    const reply = await get(server.port, path);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('"name": "tafahum"');
  });

  it('refuses foreign Host headers (DNS rebinding) and methods other than GET/HEAD', async () => {
    expect((await get(server.port, '/graph.json', 'evil.example:80')).status).toBe(421);
    expect((await get(server.port, '/graph.json', `localhost:${server.port}`)).status).toBe(200);
    expect((await get(server.port, '/graph.json', undefined, 'POST')).status).toBe(405);
  });

  it('resolveStaticFile stays inside the root', () => {
    expect(resolveStaticFile(VIEWER_DIST, '/')).toBe(join(VIEWER_DIST, 'index.html'));
    expect(resolveStaticFile(VIEWER_DIST, '/../viewer/dist/index.html')).toBeUndefined();
    expect(resolveStaticFile(VIEWER_DIST, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('viewer server failures', () => {
  it('answers 500 without detail and logs the request and the cause', async () => {
    const lines: string[] = [];
    const missingDist = join(tmpdir(), `tafahum-no-dist-${process.pid}-${Date.now()}`);
    const broken = await startViewerServer({ distDir: missingDist, graphJson: '{}', port: 0, logError: (l) => lines.push(l) });
    try {
      const reply = await get(broken.port, '/app.js');
      expect(reply.status).toBe(500);
      expect(reply.body).toBe('internal error');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('GET "/app.js"');
      expect(lines[0]).toContain(missingDist);
    } finally {
      await broken.close();
    }
  });
});

describe('curation endpoint', () => {
  function post(port: number, body: string, headers: Record<string, string>): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/curation', method: 'POST', headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }
  const decision = JSON.stringify({ action: 'reject-edge', type: 'SIGNED', source: 'country:SA', target: 'country:MA', who: 'Lina', when: '2026-12-01T10:00:00Z', why: 'wrong' });

  it('saves a decision from the viewer itself and serves the graph with it applied', async () => {
    const outDir = await writeFixtureOutDir();
    const graphJson = await loadGraphFromOutDir(outDir, () => {});
    const saved: unknown[] = [];
    const server = await startViewerServer({ distDir: VIEWER_DIST, graphJson, port: 0, saveCuration: async (d) => void saved.push(d) });
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      expect((await post(server.port, decision, { 'content-type': 'application/json' })).status).toBe(403); // no Origin
      expect((await post(server.port, decision, { 'content-type': 'application/json', origin: 'http://evil.example' })).status).toBe(403);
      expect((await post(server.port, decision, { 'content-type': 'text/plain', origin })).status).toBe(403);
      expect((await post(server.port, '{"action":"reject-node"}', { 'content-type': 'application/json', origin })).status).toBe(400);
      expect((await post(server.port, 'x'.repeat(20_000), { 'content-type': 'application/json', origin })).status).toBe(413);
      expect(saved).toEqual([]);
      const ok = await post(server.port, decision, { 'content-type': 'application/json', origin });
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body)).toMatchObject({ edgesRemoved: 1 });
      expect(saved).toHaveLength(1);
      const graph = JSON.parse((await get(server.port, '/graph.json')).body) as { edges: Array<{ key: string }>; nodes: Array<{ attributes: { x?: number } }> };
      expect(graph.edges.map((e) => e.key)).not.toContain('SIGNED|country:MA|country:SA');
      expect(graph.nodes.every((n) => Number.isFinite(n.attributes.x))).toBe(true); // positions kept
    } finally {
      await server.close();
    }
  });

  it('is read-only without a place to save decisions', async () => {
    const server = await startViewerServer({ distDir: VIEWER_DIST, graphJson: '{}', port: 0 });
    try {
      expect(JSON.parse((await get(server.port, '/api/curation')).body)).toEqual({ enabled: false });
      const reply = await post(server.port, decision, { 'content-type': 'application/json', origin: `http://127.0.0.1:${server.port}` });
      expect(reply.status).toBe(409);
    } finally {
      await server.close();
    }
  });
});
