// Compiles the TypeScript sources to JavaScript under dist/ (git-ignored) so the CLI starts without a
// TypeScript loader. Run at install (package.json "prepare") and again by bin/tafahum.mjs whenever a
// source is newer than the last compilation, so an edited .ts file never runs as stale JavaScript.
//   node bin/compile.mjs            compile if stale      node bin/compile.mjs --force   always
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.stamp.json');
const LOCK = join(ROOT, '.dist.lock');
/** Bump when the emitted code changes shape, to force a full recompilation. */
const COMPILER_VERSION = 2;
/** Folders that hold no CLI code: tests, data, outputs, the browser half of the viewer. */
const SKIP = new Set(['node_modules', 'dist', 'bin', 'tests', 'out', 'docs', 'examples', 'annotations', 'test-artifacts', 'bench', join('viewer', 'src'), join('viewer', 'dist'), join('viewer', 'public')]);

/** Every compilable source (.ts, .mjs) under the code folders, and the newest change time among them and their folders. */
function scanSources() {
  const files = [];
  let newest = 0;
  const walk = (dir, rel) => {
    // Folder times catch deleted and renamed files; the root's own time changes with every out/ or lock.
    if (rel) newest = Math.max(newest, statSync(dir).ctimeMs);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const childRel = rel ? join(rel, entry.name) : entry.name;
      if (entry.name.startsWith('.') || SKIP.has(childRel)) continue;
      if (entry.isDirectory()) walk(join(dir, entry.name), childRel);
      else if (rel && /\.(ts|mjs)$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name)) {
        files.push(childRel);
        newest = Math.max(newest, statSync(join(dir, entry.name)).ctimeMs);
      }
    }
  };
  walk(ROOT, '');
  newest = Math.max(newest, statSync(fileURLToPath(import.meta.url)).ctimeMs);
  return { files, newest };
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return undefined;
  }
}

/** True when dist/ holds JavaScript at least as new as every source. Costs a few milliseconds. */
export function isFresh(scan = scanSources()) {
  const stamp = readStamp();
  return !!stamp && stamp.version === COMPILER_VERSION && stamp.root === ROOT && scan.newest < stamp.startedAt;
}

/**
 * import.meta.url in a compiled file points at its source, so data found next to the source (lexicons,
 * Cypher files, the project root) resolves exactly as under tsx.
 */
function pointAtSource(code, rel, outRel) {
  const toSource = relative(dirname(join(DIST, outRel)), join(ROOT, rel)).split(sep).join('/');
  const url = `new URL(${JSON.stringify(toSource)}, import.meta.url).href`;
  let out = code.replace(/\bimport\.meta\.url\b/g, url);
  if (/\bimport\.meta\.(dirname|filename)\b/.test(out)) {
    out = `import { fileURLToPath as __tafahumPath } from 'node:url';\n${out}`
      .replace(/\bimport\.meta\.filename\b/g, `__tafahumPath(${url})`)
      .replace(/\bimport\.meta\.dirname\b/g, `__tafahumPath(new URL('.', ${url}))`);
  }
  return out;
}

function writeAtomically(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Removes compiled files whose source is gone (and folders left empty). */
function prune(dir, keep) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      prune(path, keep);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (!keep.has(path) && entry.name !== '.stamp.json') rmSync(path, { force: true });
  }
}

/**
 * Compiles every source with esbuild (the transpiler tsx runs at each start today, so the code behaves
 * the same) and writes dist/. Returns false when another process holds the lock or esbuild is missing.
 */
export function compile() {
  try {
    mkdirSync(LOCK);
  } catch {
    // Another process compiles; a lock left by a crash is taken over after a minute.
    try {
      if (Date.now() - statSync(LOCK).mtimeMs < 60_000) return false;
      rmSync(LOCK, { recursive: true, force: true });
      mkdirSync(LOCK);
    } catch {
      return false;
    }
  }
  try {
    let esbuild;
    try {
      const requireFromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
      esbuild = requireFromTsx('esbuild');
    } catch {
      return false;
    }
    const startedAt = Date.now();
    const { files } = scanSources();
    const keep = new Set();
    for (const rel of files) {
      const source = readFileSync(join(ROOT, rel), 'utf8');
      const outRel = rel.replace(/\.ts$/, '.js');
      const code = rel.endsWith('.ts')
        ? esbuild.transformSync(source, {
            loader: 'ts',
            format: 'esm',
            target: 'node20',
            sourcefile: rel,
            tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
            define: { __TAFAHUM_COMPILED__: 'true' },
          }).code
        : source;
      const out = join(DIST, outRel);
      keep.add(out);
      writeAtomically(out, pointAtSource(code, rel, outRel));
    }
    prune(DIST, keep);
    writeAtomically(STAMP, JSON.stringify({ version: COMPILER_VERSION, root: ROOT, startedAt, files: files.length }) + '\n');
    return true;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** dist/ up to date (compiling it if needed), or false when the caller must fall back to tsx. */
export function ensureCompiled() {
  try {
    return isFresh() || compile();
  } catch {
    return false;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const force = process.argv.includes('--force');
  if (!force && isFresh()) process.exit(0);
  const done = compile();
  const ms = (performance.now() - started).toFixed(0);
  process.stderr.write(done ? `tafahum: compiled to dist/ (${ms} ms)\n` : 'tafahum: not compiled (esbuild missing or another compilation running); the CLI will run through tsx\n');
}
