// Shared by the export tests: the small fixture graph (Arabic, quotes, newlines, CR, tab, U+2028,
// formula-like text, parallel edges) and a fresh temporary directory per test file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGraphFile } from '../../../graph/io.js';
import type { KnowledgeGraph } from '../../../graph/io.js';

export const FIXTURE = fileURLToPath(new URL('../../fixtures/graphs/exports-small.json', import.meta.url));

export function loadFixture(): Promise<KnowledgeGraph> {
  return readGraphFile(FIXTURE);
}

export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `tafahum-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
