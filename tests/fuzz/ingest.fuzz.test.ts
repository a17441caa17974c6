// Fuzzing the ingest edge: arbitrary bytes, text in every supported encoding, JSONL lines of any shape. Nothing
// crashes; what decodes is well-formed text; what is refused says why; a valid encoding reads back exactly.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes, parseJsonlLine, readInputFile, readJsonl, textQuality } from '../../extract/ingest/index.js';
import type { IngestItem } from '../../extract/ingest/index.js';
import { FuzzCounts, fuzzParams } from './support.js';

const counts = new FuzzCounts('ingest');
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tafahum-fuzz-ingest-'));
}, 60_000);
afterAll(async () => {
  counts.print();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Bytes of every kind: uniform, high-only, ASCII-ish, and text bytes with a few flipped. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((b) => b.map((x) => x | 0x80)),
  fc.uint8Array({ maxLength: 2048 }).map((b) => b.map((x) => 0x20 + (x % 0x60))),
  fc.tuple(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.array(fc.nat(), { maxLength: 4 }), fc.uint8Array({ minLength: 4, maxLength: 4 })).map(([text, at, junk]) => {
    const b = Buffer.from(text, 'utf8');
    at.forEach((p, i) => b.length && (b[p % b.length] = junk[i]!));
    return new Uint8Array(b);
  }),
);

/** News-like text in the project's languages, with accents, Arabic letters, punctuation and line breaks. */
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ éèàçôûœ « » , . ; : ! ? - 0123456789 وقعالمغربفرنسااتفاقيةفيمجالالطاقة،؟ \n'];
const newsText = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 800 }).map((cs) => cs.join(''));

describe('decodeBytes on arbitrary bytes', () => {
  it('never throws; decoded text is well-formed; refusals carry a reason', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const decoded = decodeBytes(b);
        counts.add('byte arrays');
        if (!decoded.ok) {
          counts.add('refused');
          expect(decoded.reason).toMatch(/\S/);
          return;
        }
        counts.add(`decoded as ${decoded.encoding}`);
        expect(LONE_SURROGATE.test(decoded.text)).toBe(false);
        const quality = textQuality(decoded.text);
        if (!quality.ok) counts.add('not text');
      }),
      fuzzParams(400),
    );
  });
});

describe('text in every encoding reads back', () => {
  const lossless: Array<[string, (t: string) => Buffer]> = [
    ['UTF-8', (t) => Buffer.from(t, 'utf8')],
    ['UTF-8 (BOM)', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
    ['UTF-16LE (BOM)', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16BE (BOM)', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(t, 'utf16be')])],
  ];
  it('exactly for UTF-8 and UTF-16 with BOM; without crashing for code pages and UTF-16 without BOM', () => {
    fc.assert(
      fc.property(newsText, fc.constantFrom(...lossless.keys()), fc.constantFrom('windows-1256', 'windows-1252', 'utf16le', 'utf16be'), (text, k, legacy) => {
        const [name, encode] = lossless[k]!;
        counts.add('encoded texts', 2);
        expect(decodeBytes(encode(text))).toMatchObject({ ok: true, text, encoding: name });
        const other = decodeBytes(iconv.encode(text, legacy));
        if (other.ok && other.text === text) counts.add('code page read back exactly');
      }),
      fuzzParams(300),
    );
  });
});

describe('JSONL of any shape', () => {
  it('every line is a document or a skip with its line number; never a throw', async () => {
    const line = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant('__proto__'), fc.constant(null)), text: fc.oneof(newsText, fc.string({ unit: 'binary' })), title: fc.string() }).map((o) => JSON.stringify(o)),
    );
    let file = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.constantFrom('utf8', 'windows-1256', 'utf16le'), async (lines, encoding) => {
        const path = join(dir, `f${file++}.jsonl`);
        await writeFile(path, iconv.encode(lines.join('\n'), encoding));
        const items: IngestItem[] = [];
        for await (const item of readInputFile(path)) items.push(item);
        counts.add('jsonl files');
        for (const item of items) {
          counts.add(item.kind === 'document' ? 'jsonl documents' : 'jsonl skips');
          if (item.kind === 'document') expect(item.doc.source).toMatch(/#\d+$/);
          else expect(item.skipped.reason).toMatch(/\S/);
        }
      }),
      fuzzParams(80),
    );
    for (const s of ['', '{', 'null', '[]', '{"text":1}', '{"text":"   "}']) expect(parseJsonlLine(s, 'x.jsonl', 1).kind).toBe('skipped');
  });

  it('a line over the cap is skipped by number without holding it', async () => {
    const path = join(dir, 'capped.jsonl');
    await writeFile(path, `${JSON.stringify({ id: 'a', text: 'Le Maroc et la France.' })}\n${'{"text":"'.padEnd(300_000, 'x')}"}\n${JSON.stringify({ id: 'b', text: 'Accord signé.' })}`);
    const items: IngestItem[] = [];
    for await (const item of readJsonl(path, 'capped.jsonl', 64 * 1024)) items.push(item);
    expect(items.map((i) => (i.kind === 'document' ? i.doc.id : i.skipped.reason.slice(0, 13)))).toEqual(['a', 'line too long', 'b']);
  });
});
