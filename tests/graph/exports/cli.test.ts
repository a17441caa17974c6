// `tafahum export` end to end through bin/tafahum.mjs: the summary, --json, and usage errors.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, tempDir } from './fixture.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../../bin/tafahum.mjs', import.meta.url));
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  dir = await tempDir('export-cli');
});
afterAll(() => dir.remove());

async function tafahum(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('tafahum export', () => {
  it('prints a JSON summary with --json, filters applied', async () => {
    const out = join(dir.path, 'neo4j');
    const result = await tafahum(['export', FIXTURE, '--format', 'neo4j-admin', '--out', out, '--relations', 'signed,met', '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { relationships: number; nodes: number; files: unknown[]; command: string };
    expect(summary).toMatchObject({ relationships: 3, nodes: 4 });
    expect(summary.files).toHaveLength(4); // nodes, relationships, documents, mentions
    expect(summary.command).toContain('neo4j-admin database import full');
  });

  it('rejects a bad option with E_USAGE naming it, exit code 2', async () => {
    const result = await tafahum(['export', FIXTURE, '--format', 'csv', '--out', dir.path, '--since', 'last-year']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--since');
    expect(result.stderr).toContain('[E_USAGE]');
    const missing = await tafahum(['export', FIXTURE, '--out', dir.path]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--format');
  });
});
