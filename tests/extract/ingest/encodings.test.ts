// Decoding: every supported encoding, generated here with iconv-lite, is read back to the same text;
// binary and empty inputs are refused with a reason.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../extract/ingest/index.js';

const ARABIC = 'وقّع وزيرا الطاقة في البلدين مذكرة تفاهم بشأن الربط الكهربائي، الأربعاء في عمّان.';
const FRENCH = "Les deux ministres ont signé à Dakar un accord sur la pêche, jugé « très équilibré » par l'opposition.";
const bom = (b: number[], body: Buffer) => Buffer.concat([Buffer.from(b), body]);

const cases: Array<[string, Buffer, string, RegExp]> = [
  ['UTF-8', Buffer.from(FRENCH, 'utf8'), FRENCH, /^UTF-8$/],
  ['UTF-8 with BOM', bom([0xef, 0xbb, 0xbf], Buffer.from(ARABIC, 'utf8')), ARABIC, /UTF-8 \(BOM\)/],
  ['UTF-16LE with BOM', bom([0xff, 0xfe], Buffer.from(ARABIC, 'utf16le')), ARABIC, /UTF-16LE/],
  ['UTF-16BE with BOM', bom([0xfe, 0xff], iconv.encode(FRENCH, 'utf16be')), FRENCH, /UTF-16BE/],
  ['UTF-16LE without BOM (Arabic)', Buffer.from(ARABIC, 'utf16le'), ARABIC, /UTF-16LE/],
  ['UTF-16LE without BOM (French)', Buffer.from(FRENCH, 'utf16le'), FRENCH, /UTF-16LE/],
  ['UTF-16BE without BOM', iconv.encode(FRENCH, 'utf16be'), FRENCH, /UTF-16BE/],
  ['Windows-1256', iconv.encode(ARABIC, 'windows-1256'), ARABIC, /windows-1256/],
  ['Windows-1252', iconv.encode(`${FRENCH} Coût : 5 € — œuvre.`, 'windows-1252'), `${FRENCH} Coût : 5 € — œuvre.`, /windows-1252|ISO-8859-1/],
  ['Latin-1', iconv.encode(FRENCH, 'latin1'), FRENCH, /windows-1252|ISO-8859-1/],
];

describe('decodeBytes', () => {
  it.each(cases)('%s', (_name, bytes, expected, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.text).toBe(expected);
    expect(decoded.encoding).toMatch(encoding);
  });

  it('tells a short Arabic Windows-1256 text from French Latin-1 by the decoded letters', () => {
    const decoded = decodeBytes(iconv.encode('المغرب وتونس', 'windows-1256'));
    expect(decoded).toMatchObject({ ok: true, text: 'المغرب وتونس', encoding: 'windows-1256' });
  });

  const refused: Array<[string, Uint8Array, RegExp]> = [
    ['empty', new Uint8Array(0), /empty/],
    ['PNG header and NUL bytes', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), /binary/],
    ['control characters', Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41 + (i % 20))), /binary/],
  ];
  it.each(refused)('refuses %s', (_name, bytes, reason) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(reason);
  });
});
