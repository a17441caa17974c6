// Tagger throughput per language on ../shared/corpus (en, ar) or the NER corpora's own text (fr), one
// core, with and without lexicon hints: `npx tsx bench/ner.ts [megabytes per language, default 2]`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExtractionResources } from '../extract/resources.js';
import { NerTagger } from '../extract/ner/tagger.js';
import { tagThroughput } from '../extract/ner/throughput.js';
import type { Language } from '../model/types.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SHARED = resolve(process.env.TAFAHUM_SHARED ?? join(ROOT, '..', 'shared'));
const budget = Number(process.argv[2] ?? 2) * 1e6;

function texts(lang: Language): string[] {
  const corpus = join(SHARED, 'corpus', `news-${lang}.jsonl`);
  const out: string[] = [];
  let size = 0;
  if (existsSync(corpus)) {
    for (const line of readFileSync(corpus, 'utf8').split('\n')) {
      if (!line.trim() || size > budget) continue;
      const t = (JSON.parse(line) as { text: string }).text;
      out.push(t);
      size += Buffer.byteLength(t);
    }
    return out;
  }
  const bio = readFileSync(join(SHARED, 'ner', 'fr', 'sequoia.bio'), 'utf8');
  const text = bio.split('\n\n').map((s) => s.split('\n').map((l) => l.split('\t')[0]).join(' ')).join('\n');
  for (let i = 0; size < budget && i < 20; i++, size += Buffer.byteLength(text)) out.push(text);
  return out;
}

const resources = loadExtractionResources();
for (const lang of ['en', 'fr', 'ar'] as Language[]) {
  const tagger = resources.taggers[lang];
  if (!tagger) continue;
  const sample = texts(lang);
  tagThroughput(tagger, sample.slice(0, 20)); // warm-up
  // CPU time of this process, not wall time: the figure holds on a shared, busy machine.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const withHints = tagThroughput(tagger, sample, cpu);
  const plain = tagThroughput(new NerTagger(tagger.model), sample, cpu);
  console.log(
    `${lang}: ${(withHints.bytes / 1e6).toFixed(1)} MB, ${withHints.mbPerSecond.toFixed(2)} MB/s per core (CPU time) with lexicon hints, ${plain.mbPerSecond.toFixed(2)} MB/s without (${withHints.spans} spans)`,
  );
}
