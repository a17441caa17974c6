// Relation dev-set evaluation: materialises the documents of annotations/relations/<lang>.gold.jsonl
// (en/ar by id from ../shared/corpus, fr from annotations/ner/fr.jsonl where the text is inline) into a
// temporary .jsonl, runs `tafahum build` and `tafahum eval --gold`, and prints P/R/F1 per relation type.
// Usage: npm run eval:dev [-- --lang en,ar,fr] [--verbose] [--keep]
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { EvalReport, GoldDocument, Prf } from '../eval/types.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SHARED = resolve(process.env.TAFAHUM_SHARED ?? join(ROOT, '..', 'shared'));
const LANGS = ['en', 'ar', 'fr'] as const;
type Lang = (typeof LANGS)[number];

interface DocLine {
  id: string;
  text: string;
  title?: string;
  date?: string;
  lang: string;
}

const args = process.argv.slice(2);
const langArg = args.find((a, i) => args[i - 1] === '--lang');
const wanted = (langArg ? langArg.split(',') : [...LANGS]).filter((l): l is Lang => (LANGS as readonly string[]).includes(l));
const verbose = args.includes('--verbose');
const keep = args.includes('--keep');

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${path}:${i + 1} is not valid JSON`);
      }
    });
}

/** Corpus lines whose id is wanted, read as a stream (the corpora are tens of MB). */
async function corpusDocs(lang: 'en' | 'ar', ids: Set<string>): Promise<DocLine[]> {
  const path = join(SHARED, 'corpus', `news-${lang}.jsonl`);
  if (!existsSync(path)) throw new Error(`corpus ${path} not found (set TAFAHUM_SHARED)`);
  const out: DocLine[] = [];
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    const idMatch = /^\{"id":\s*"([^"]+)"/.exec(line);
    if (idMatch && !ids.has(idMatch[1]!)) continue;
    const d = JSON.parse(line) as DocLine;
    if (ids.has(d.id)) out.push({ id: d.id, text: d.text, title: d.title, date: d.date, lang });
    if (out.length === ids.size) break;
  }
  return out;
}

function teamDocs(lang: Lang, ids: Set<string>): DocLine[] {
  const path = join(ROOT, 'annotations', 'ner', `${lang}.jsonl`);
  if (!existsSync(path)) return [];
  return readJsonl<DocLine & { doc: string }>(path)
    .filter((d) => ids.has(d.doc))
    .map((d) => ({ id: d.doc, text: d.text, title: d.title, date: d.date, lang }));
}

async function materialise(lang: Lang, gold: GoldDocument[]): Promise<DocLine[]> {
  const ids = new Set(gold.map((g) => g.doc));
  const docs = lang === 'fr' ? teamDocs(lang, ids) : [...(await corpusDocs(lang, ids)), ...teamDocs(lang, ids)];
  const found = new Set(docs.map((d) => d.id));
  for (const id of ids) if (!found.has(id)) console.warn(`[dev-eval] ${lang}: no text for gold document ${id}`);
  return docs;
}

function tafahum(...argv: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'bin', 'tafahum.mjs'), ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (label: string, p: Prf) => `  ${label.padEnd(16)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

function printReport(label: string, r: EvalReport, docs: number): void {
  console.log(`\n== ${label}: ${r.documents.matched}/${docs} documents`);
  for (const [t, p] of Object.entries(r.relations.byType)) console.log(row(t, p));
  for (const [t, p] of Object.entries(r.otherRelations.byType)) console.log(row(`(${t})`, p));
  console.log(row('RELATIONS', r.relations));
  console.log(row('ENTITIES', r.entities));
  if (verbose) for (const e of r.errors.filter((x) => !x.what.startsWith('entity'))) console.log(`  ${e.kind === 'false-positive' ? 'FP' : 'FN'} ${e.doc}: ${e.what}`);
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'tafahum-dev-'));
  const all: { gold: GoldDocument[]; docs: DocLine[] } = { gold: [], docs: [] };
  const perLang: Array<{ lang: Lang; gold: GoldDocument[] }> = [];
  for (const lang of wanted) {
    const path = join(ROOT, 'annotations', 'relations', `${lang}.gold.jsonl`);
    if (!existsSync(path)) continue;
    const gold = readJsonl<GoldDocument>(path);
    const docs = await materialise(lang, gold);
    const withText = new Set(docs.map((d) => d.id));
    const scored = gold.filter((g) => withText.has(g.doc));
    perLang.push({ lang, gold: scored });
    all.gold.push(...scored);
    all.docs.push(...docs);
  }
  if (all.docs.length === 0) throw new Error('no gold documents with text: annotations/relations/<lang>.gold.jsonl missing or empty');
  writeFileSync(join(work, 'docs.jsonl'), all.docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const started = Date.now();
  tafahum('build', join(work, 'docs.jsonl'), '--out', join(work, 'out'), '--json');
  const buildMs = Date.now() - started;
  for (const { lang, gold } of [...perLang, { lang: 'all' as const, gold: all.gold }]) {
    if (lang === 'all' && perLang.length < 2) continue;
    const goldPath = join(work, `${lang}.gold.jsonl`);
    writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    const report = JSON.parse(tafahum('eval', '--gold', goldPath, join(work, 'out'), '--json')) as EvalReport;
    printReport(lang, report, gold.length);
  }
  console.log(`\nbuild of ${all.docs.length} documents: ${(buildMs / 1000).toFixed(1)} s${keep ? `; output kept in ${work}` : ''}`);
  if (!keep) rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(`dev-eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
