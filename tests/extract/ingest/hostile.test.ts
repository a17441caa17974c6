// Hostile inputs at the ingest edge (issue 15): same-named files in two folders, duplicate JSONL ids, a few bad bytes,
// random bytes, legacy-encoded JSONL, odd-length UTF-16, over-long JSONL lines, symlinks out of the tree, deep trees.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes, listInputFiles, readInputFile, readJsonl, textQuality } from '../../../extract/ingest/index.js';
import type { IngestItem } from '../../../extract/ingest/index.js';
import { runBuild } from '../../../extract/run.js';
import { seededRandom } from '../../../model/random.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tafahum-hostile-ingest-'));
}, 60_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

describe('document identity', () => {
  it('keeps a/index.html and b/index.html as two documents with their own titles', async () => {
    const root = join(dir, 'site');
    await mkdir(join(root, 'a'), { recursive: true });
    await mkdir(join(root, 'b'), { recursive: true });
    await writeFile(join(root, 'a', 'index.html'), page('Rabat talks', 'Le Maroc et le Sénégal ont signé un accord sur la pêche à Rabat.'));
    await writeFile(join(root, 'b', 'index.html'), page('Tunis forum', 'La Tunisie et la France ont signé une convention sur la santé à Tunis.'));
    const out = join(dir, 'site-out');
    const summary = await runBuild({ inputs: [root], outDir: out, minConfidence: 0.5, workers: 0 });
    expect(summary.documents).toBe(2);
    const docs = (await readFile(join(out, 'extractions.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l).doc);
    expect(docs.map((d: { id: string; title: string }) => [d.id, d.title])).toEqual([
      ['a/index.html', 'Rabat talks'],
      ['b/index.html', 'Tunis forum'],
    ]);
  });

  it('reports a duplicate JSONL id with its line and keeps the first; "__proto__" is an id like any other', async () => {
    const file = join(dir, 'dupes.jsonl');
    const rec = (id: string, text: string) => JSON.stringify({ id, title: id, text });
    await writeFile(file, [rec('x', 'Premier article sur la coopération.'), rec('__proto__', 'Un article au nom piégé.'), rec('x', 'Second article avec le même identifiant.')].join('\n'));
    const out = join(dir, 'dupes-out');
    const summary = await runBuild({ inputs: [file], outDir: out, minConfidence: 0.5, workers: 0 });
    expect(summary.documents).toBe(2);
    expect(summary.skipped).toEqual([{ source: `${file}#3`, reason: `duplicates id "x" of ${file}#1: kept first` }]);
    const docs = (await readFile(join(out, 'extractions.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l).doc);
    expect(docs.map((d: { id: string; text: string }) => [d.id, d.text.slice(0, 16)])).toEqual([
      ['x', 'Premier article '],
      ['__proto__', 'Un article au no'],
    ]);
  });
});

describe('decoding fails locally', () => {
  const french = "Les ministres des Affaires étrangères se sont réunis à Genève ; l'accord « historique » a été signé après trois années.";

  it('keeps every other character of a UTF-8 file with three bad bytes', () => {
    const good = Buffer.from(french, 'utf8');
    const bytes = Buffer.concat([good.subarray(0, 10), Buffer.from([0xff]), good.subarray(10, 60), Buffer.from([0xc3]), good.subarray(60, 70), Buffer.from([0x80]), good.subarray(70)]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'UTF-8', notes: ['3 invalid UTF-8 bytes replaced by U+FFFD'] });
    if (!decoded.ok) return;
    expect(decoded.text.replaceAll('\uFFFD', '')).toBe(french);
    expect(decoded.text.split('\uFFFD')).toHaveLength(4);
  });

  it('decodes odd-length UTF-16 without BOM, the cut last byte as U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from(french, 'utf16le'), Buffer.from([0x41])]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'UTF-16LE', text: `${french}\uFFFD` });
    if (decoded.ok) expect(decoded.notes[0]).toMatch(/odd byte count/);
  });

  it('skips random bytes with a reason instead of reading them as an Arabic article', async () => {
    const random = seededRandom(11);
    const file = join(dir, 'noise.txt');
    await writeFile(file, Uint8Array.from({ length: 50_000 }, () => 0x80 + Math.floor(random() * 128)));
    const [item] = await collect(readInputFile(file));
    expect(item).toMatchObject({ kind: 'skipped', skipped: { source: file } });
    if (item?.kind === 'skipped') expect(item.skipped.reason).toMatch(/^not text: .*\(decoded as windows-1256\)$/);
    for (const spaced of [true, false]) {
      const text = Array.from({ length: 5000 }, (_, i) => (spaced && i % 6 === 5 ? ' ' : String.fromCharCode(0x621 + Math.floor(random() * 40)) + 'é')).join('');
      expect(textQuality(text).ok).toBe(false);
    }
  });

  it('accepts real text of every kind: short, numeric tables, mixed Arabic and Latin', () => {
    expect(textQuality('Talks in Cairo.')).toEqual({ ok: true });
    expect(textQuality('Net 3,150,185 vs 2,665,284\nRevs 27.9 mln vs 24.1 mln\nShr 1.19 dlrs vs 1.46 dlrs\nYear 1986 vs 1985')).toEqual({ ok: true });
    expect(textQuality('وقع المغرب وفرنسا اتفاقية شراكة (Partenariat) في مجال الطاقة خلال منتدى Africa Energy Forum بالرباط يوم الاثنين.')).toEqual({ ok: true });
    expect(textQuality('12345 67890 ---- ****').ok).toBe(false);
  });

  it('reads a Windows-1256 JSONL file with the same detector: Arabic text, not empty documents', async () => {
    const file = join(dir, 'ar-1256.jsonl');
    const lines = ['وقع البلدان اتفاقية للتعاون في مجال الطاقة المتجددة.', 'التقى وزير الخارجية نظيره التونسي في الرباط.'];
    await writeFile(file, iconv.encode(lines.map((text, i) => JSON.stringify({ id: `ar-${i}`, text })).join('\n'), 'windows-1256'));
    const items = await collect(readJsonl(file));
    expect(items.map((i) => (i.kind === 'document' ? [i.doc.text, i.doc.encoding] : i.skipped.reason))).toEqual(lines.map((l) => [l, 'windows-1256']));
  });

  it('reads UTF-16 JSONL line by line', async () => {
    const file = join(dir, 'utf16.jsonl');
    const text = ['{"id":"u1","text":"Talks were held in Cairo."}', '{"id":"u2","text":"وقع البلدان اتفاقية."}'].join('\r\n');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const items = await collect(readJsonl(file));
    expect(items.map((i) => (i.kind === 'document' ? i.doc.id : i.skipped.reason))).toEqual(['u1', 'u2']);
  });
});

describe('JSONL lines are capped as they stream', () => {
  it('skips an over-long line by number and reads the lines around it', async () => {
    const file = join(dir, 'long.jsonl');
    const ok = (id: string) => JSON.stringify({ id, text: 'Accord signé à Dakar entre les deux pays.' });
    await writeFile(file, [ok('first'), JSON.stringify({ id: 'huge', text: 'x '.repeat(200_000) }), ok('last')].join('\n'));
    const items = await collect(readJsonl(file, 'long.jsonl', 100_000));
    expect(items.map((i) => (i.kind === 'document' ? i.doc.id : `${i.skipped.source.slice(dir.length + 1)}: ${i.skipped.reason}`))).toEqual([
      'first',
      'long.jsonl#2: line too long (0.4 MB; at most 0.1 MB a record)',
      'last',
    ]);
  });
});

describe('listing', () => {
  it('skips a symbolic link leading out of the input folder unless asked, and cuts loops', async () => {
    const outside = join(dir, 'outside');
    const root = join(dir, 'tree');
    await mkdir(outside, { recursive: true });
    await mkdir(join(root, 'sub'), { recursive: true });
    await writeFile(join(outside, 'secret.txt'), 'Un texte hors du dossier.');
    await writeFile(join(root, 'sub', 'in.txt'), 'Un texte dans le dossier.');
    await symlink(outside, join(root, 'escape'));
    await symlink(join(outside, 'secret.txt'), join(root, 'secret-link.txt'));
    await symlink(root, join(root, 'sub', 'loop'));
    await symlink(join(root, 'sub', 'in.txt'), join(root, 'inner-link.txt'));
    const rel = (xs: string[]) => xs.map((x) => x.slice(root.length + 1));
    const closed = await listInputFiles([root]);
    expect(rel(closed.files)).toEqual(['inner-link.txt', 'sub/in.txt']);
    expect(closed.skipped.map((s) => [s.source.slice(root.length + 1), s.reason])).toEqual([
      ['escape', 'symbolic link leading out of the input folder (--follow-symlinks reads it)'],
      ['secret-link.txt', 'symbolic link leading out of the input folder (--follow-symlinks reads it)'],
    ]);
    expect([...closed.ids.values()]).toEqual(['inner-link.txt', 'sub/in.txt']);
    const open = await listInputFiles([root], { followSymlinks: true });
    expect(rel(open.files)).toEqual(['escape/secret.txt', 'inner-link.txt', 'secret-link.txt', 'sub/in.txt']);
  });

  it('lists a 400-level deep folder', async () => {
    let path = join(dir, 'deep');
    for (let i = 0; i < 400; i++) path = join(path, 'd');
    await mkdir(path, { recursive: true });
    await writeFile(join(path, 'bottom.txt'), 'Le fond du dossier.');
    const { files, ids } = await listInputFiles([join(dir, 'deep')]);
    expect(files).toHaveLength(1);
    expect(ids.get(files[0]!)).toBe(`${'d/'.repeat(400)}bottom.txt`);
  });
});
