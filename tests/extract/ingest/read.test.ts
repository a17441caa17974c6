// Reading files and folders: every format, every encoding, and bad files (binary, empty, broken JSONL lines)
// among good ones: they are reported and the run goes on.
import { mkdtemp, mkdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument, SkippedInput } from '../../../model/types.js';
import { listInputFiles, readInputFile } from '../../../extract/ingest/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/inputs/', import.meta.url));
let dir = '';

async function readAll(paths: string[]): Promise<{ docs: RawDocument[]; skipped: SkippedInput[] }> {
  const { files, skipped } = await listInputFiles(paths);
  const docs: RawDocument[] = [];
  for (const file of files) {
    for await (const item of readInputFile(file)) {
      if (item.kind === 'document') docs.push(item.doc);
      else skipped.push(item.skipped);
    }
  }
  return { docs, skipped };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tafahum-ingest-'));
  await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
  for (const name of ['article.md', 'article.html', 'documents.jsonl', 'mixed-fr-tweet.txt', 'README.md']) {
    await copyFile(join(FIXTURES, name), join(dir, name));
  }
  await writeFile(join(dir, 'nested', 'ar-1256.txt'), iconv.encode('وقع البلدان اتفاقية للتعاون في مجال الطاقة المتجددة.', 'windows-1256'));
  await writeFile(join(dir, 'nested', 'fr-latin1.txt'), iconv.encode("L'accord a été signé à Genève après deux années de négociations.", 'latin1'));
  await writeFile(join(dir, 'nested', 'deeper', 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks were held in Cairo.', 'utf16le')]));
  await writeFile(join(dir, 'nested', 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0x10, 0x11]));
  await writeFile(join(dir, 'nested', 'empty.txt'), '');
  await writeFile(join(dir, 'nested', 'empty.jsonl'), '\n\n');
  await writeFile(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(dir, '.hidden.txt'), 'not read');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('listInputFiles', () => {
  it('walks folders recursively, sorted, skipping hidden files, READMEs and unknown extensions', async () => {
    const { files, skipped } = await listInputFiles([dir, join(dir, 'missing.txt')]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'article.html', 'article.md', 'documents.jsonl', 'mixed-fr-tweet.txt',
      'nested/ar-1256.txt', 'nested/binary.txt', 'nested/deeper/utf16.txt', 'nested/empty.jsonl', 'nested/empty.txt', 'nested/fr-latin1.txt',
    ]);
    expect(skipped.map((s) => [s.source.slice(dir.length + 1), s.reason])).toEqual([
      ['README.md', 'README (documentation, not an article)'],
      ['image.png', 'unsupported extension .png'],
      ['missing.txt', 'not found or not readable'],
    ]);
  });

  it('reads a file named explicitly whatever its extension', async () => {
    const { files } = await listInputFiles([join(dir, 'README.md')]);
    expect(files).toHaveLength(1);
  });
});

describe('readInputFile over a folder with good and bad files', () => {
  it('yields every good document and reports the bad ones', async () => {
    const { docs, skipped } = await readAll([dir]);
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect([...byId.keys()].sort()).toEqual(['42', 'ar-1256.txt', 'article.html', 'article.md', 'doc-en-1', 'fr-latin1.txt', 'mixed-fr-tweet.txt', 'utf16.txt']);
    expect(byId.get('ar-1256.txt')).toMatchObject({ text: 'وقع البلدان اتفاقية للتعاون في مجال الطاقة المتجددة.', encoding: 'windows-1256' });
    expect(byId.get('fr-latin1.txt')!.text).toBe("L'accord a été signé à Genève après deux années de négociations.");
    expect(byId.get('utf16.txt')).toMatchObject({ text: 'Talks were held in Cairo.', encoding: 'UTF-16LE (BOM)' });
    const reasons = skipped.map((s) => `${s.source.slice(dir.length + 1)}: ${s.reason}`).sort();
    expect(reasons).toEqual([
      'README.md: README (documentation, not an article)',
      'documents.jsonl#2: invalid JSON',
      'documents.jsonl#3: no "text" field',
      'documents.jsonl#6: not a JSON object',
      'image.png: unsupported extension .png',
      'nested/binary.txt: binary file (NUL bytes)',
      'nested/empty.jsonl: empty file',
      'nested/empty.txt: empty file',
    ]);
  });

  it('reads JSONL fields and keeps line numbers in the source', async () => {
    const { docs } = await readAll([join(dir, 'documents.jsonl')]);
    expect(docs[0]).toEqual({
      id: 'doc-en-1', source: `${join(dir, 'documents.jsonl')}#1`, encoding: 'UTF-8',
      text: 'Kenya and Ethiopia signed a road transport agreement in Nairobi on Friday.',
      title: 'Road deal', date: '2021-03-05', url: 'https://example.org/road', lang: 'en',
    });
    expect(docs[1]).toMatchObject({ id: '42', source: `${join(dir, 'documents.jsonl')}#5` });
  });

  it('strips Markdown and reads its front matter', async () => {
    const { docs } = await readAll([join(dir, 'article.md')]);
    expect(docs[0]).toMatchObject({ title: "Accord de coopération dans l'enseignement supérieur", date: '2023-06-20', url: 'https://example.org/accord-enseignement', lang: 'fr' });
    expect(docs[0]!.text.split('\n')).toEqual([
      "Accord de coopération dans l'enseignement supérieur",
      "Le Sénégal et la Mauritanie ont signé un accord de coopération universitaire à Nouakchott.",
      "échanges d'étudiants ;",
      'programmes de recherche communs.',
      '« Cet accord ouvre une nouvelle étape », a déclaré le ministre.',
    ]);
  });

  it('keeps the main text of an HTML page with its metadata', async () => {
    const { docs } = await readAll([join(dir, 'article.html')]);
    const doc = docs[0]!;
    expect(doc).toMatchObject({ title: 'Ministers meet in Amman to discuss regional trade', date: '2022-09-14', url: 'https://example.org/amman-trade', lang: 'en' });
    expect(doc.text.split('\n')[0]).toBe('Ministers meet in Amman to discuss regional trade'); // the headline, once
    expect(doc.text.split('Ministers meet in Amman').length).toBe(2);
    expect(doc.text).toContain('The trade ministers of three neighbouring countries met on Wednesday in Amman');
    expect(doc.text).toContain('The next ministerial meeting is expected');
    expect(doc.text.split('\n').length).toBeGreaterThanOrEqual(3); // one line per <p>
    for (const noise of ['tracking', 'color: red', 'Sport', 'Copyright']) expect(doc.text).not.toContain(noise);
  });
});
