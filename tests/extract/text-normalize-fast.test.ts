// normalizeName's ASCII fast path gives exactly what the full Unicode path gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../extract/text/normalize.js';

/** The full path, as written before the fast path existed. */
function reference(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[’'`´]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('normalizeName on ASCII', () => {
  it('equals the Unicode path on any printable ASCII string', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }), (s) => normalizeName(s) === reference(s)));
    expect(normalizeName("O'Neill, the U.S.  `Army`")).toBe('o neill the u s army');
  });
});
