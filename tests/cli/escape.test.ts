// Control characters in names the CLI prints (file names, entity names, errors) are escaped, never sent raw
// to the terminal; JSON output keeps the same values.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../cli/ui/escape.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('escapeControls', () => {
  it('escapes ESC, lone CR, DEL, C1 and bidi overrides; keeps tabs, line ends and ordinary text', () => {
    expect(escapeControls('a\x1b[31mred\x07')).toBe('a\\u001b[31mred\\u0007');
    expect(escapeControls('over\rwrite\r\nnext\tcol\n')).toBe('over\\u000dwrite\r\nnext\tcol\n');
    expect(escapeControls('\x7f\x9b\u202Eevil\u2066')).toBe('\\u007f\\u009b\\u202eevil\\u2066');
    expect(escapeControls('المغرب — Côte d’Ivoire 🇲🇦 \u200F')).toBe('المغرب — Côte d’Ivoire 🇲🇦 \u200F');
  });

  it('leaves JSON meaning the same', () => {
    const value = { name: 'x\u009b\u202Ey\x1b', n: 1 };
    expect(JSON.parse(escapeControls(JSON.stringify(value)))).toEqual(value);
  });
});

describe('the CLI', () => {
  it('prints a file name holding terminal escapes escaped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tafahum-escape-'));
    try {
      await writeFile(join(dir, 'evil\x1b]0;pwned\x07\x1b[2J.bin'), 'x');
      await writeFile(join(dir, 'ok.txt'), 'Le Maroc et la France ont signé un accord à Rabat.');
      const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin/tafahum.mjs'), 'build', dir, '--out', join(dir, 'out'), '--workers', '0'], { cwd: root });
      expect(stdout).toContain('evil\\u001b]0;pwned\\u0007\\u001b[2J.bin: unsupported extension .bin');
      expect(stdout).not.toMatch(/[\x00-\x08\x0B-\x1F\x7F-\x9F]/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
