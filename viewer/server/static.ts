// Maps a request path to a file inside viewer/dist, refusing anything that could leave it.
import { realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves a URL path ("/assets/index-abc.js") to an absolute file under `root`, or undefined.
 * Rejects encoded separators, NUL, dot segments escaping the root, symlinks pointing outside
 * it, directories and unknown file types.
 */
export function resolveStaticFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((part) => part === '..')) return undefined;
  const rootReal = realpathSync(root);
  const candidate = resolve(rootReal, relative);
  if (!candidate.startsWith(rootReal + sep)) return undefined;
  try {
    const real = realpathSync(candidate);
    if (!real.startsWith(rootReal + sep) || !statSync(real).isFile()) return undefined;
    if (!(extname(real).toLowerCase() in MIME)) return undefined;
    return real;
  } catch {
    return undefined;
  }
}
