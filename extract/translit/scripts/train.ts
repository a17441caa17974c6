// Trains the Arabic↔Latin name transliteration model from the Wikidata name-token pairs (CC0) and writes
// extract/translit/model.tsv, printing held-out figures. Usage:
//   npx tsx extract/translit/scripts/train.ts [pairs.tsv]   (default ../shared/kb/translit/wikidata-names-en-ar.tsv)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transliterate } from '../decode.js';
import { countCharLm } from '../lm.js';
import { serializeModel, topChunksOf } from '../model.js';
import type { TranslitModel } from '../types.js';
import { parsePairs } from '../train/data.js';
import { trainEmissions } from '../train/em.js';
import { isHeldOut, matchScores, rankingAccuracy } from '../train/evaluate.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const SHARED = resolve(process.env.TAFAHUM_SHARED ?? join(ROOT, '..', 'shared'));
const input = process.argv[2] ?? join(SHARED, 'kb/translit/wikidata-names-en-ar.tsv');
const ITERATIONS = 6;
const SEED = 20260;
const MIN_EMISSION = 2e-4;
/** Share of hard false pairs the threshold lets through. */
const FALSE_MATCH_RATE = 0.01;

const pairs = parsePairs(readFileSync(input, 'utf8'));
const train = pairs.filter((p) => !isHeldOut(p));
const test = pairs.filter(isHeldOut);
console.log(`pairs: ${pairs.length} (train ${train.length}, held out ${test.length})`);

const started = performance.now();
const emissions = trainEmissions(train, ITERATIONS, (l) => console.log(l));
for (const row of emissions.values()) for (const [chunk, p] of row) if (p < MIN_EMISSION) row.delete(chunk);
const knownLatin = new Map<string, string>();
const best = new Map<string, { latin: string; count: number }>();
for (const p of train) {
  const b = best.get(p.arabic);
  if (!b || p.count > b.count || (p.count === b.count && p.latin < b.latin)) best.set(p.arabic, { latin: p.latin, count: p.count });
}
for (const [arabic, b] of best) if (b.count >= 3) knownLatin.set(arabic, b.latin);
const model: TranslitModel = {
  emissions,
  topChunks: topChunksOf(emissions),
  latinLm: countCharLm(train.map((p) => [p.latin, 1])),
  arabicLm: countCharLm(train.map((p) => [p.arabic, 1])),
  knownLatin,
  matchThreshold: 0,
};
console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const { positives, negatives } = matchScores(model, test, 3000, SEED);
negatives.sort((a, b) => b - a);
model.matchThreshold = negatives[Math.floor(negatives.length * FALSE_MATCH_RATE)] ?? 0;
const recall = positives.filter((x) => x >= model.matchThreshold).length / positives.length;
const random = rankingAccuracy(model, test, { samples: 1000, candidates: 100, seed: SEED, hard: false });
const hard = rankingAccuracy(model, test, { samples: 1000, candidates: 100, seed: SEED, hard: true });
const sample = test.slice(0, 1000);
const exact = sample.filter((p) => transliterate(model, p.arabic, 1)[0] === p.latin).length / sample.length;
const inTop5 = sample.filter((p) => transliterate(model, p.arabic, 5).includes(p.latin)).length / sample.length;
const pct = (x: number) => (100 * x).toFixed(1);
const figures = [
  `held-out top-1 among 100 random candidates: Arabic→Latin ${pct(random.model.arabicToLatin)} % (hand rules ${pct(random.baseline.arabicToLatin)} %), Latin→Arabic ${pct(random.model.latinToArabic)} % (hand rules ${pct(random.baseline.latinToArabic)} %)`,
  `held-out top-1 among 100 candidates with the same initial: Arabic→Latin ${pct(hard.model.arabicToLatin)} % (hand rules ${pct(hard.baseline.arabicToLatin)} %), Latin→Arabic ${pct(hard.model.latinToArabic)} % (hand rules ${pct(hard.baseline.latinToArabic)} %)`,
  `match threshold ${model.matchThreshold.toFixed(3)}: held-out true pairs accepted ${pct(recall)} %, false pairs with the same initial accepted ${pct(FALSE_MATCH_RATE)} %`,
  `transliteration Arabic→Latin, exact spelling: top-1 ${pct(exact)} %, top-5 ${pct(inTop5)} % (${sample.length} held-out tokens; many spellings are valid)`,
];
for (const f of figures) console.log(f);

const header = [
  'Arabic↔Latin name transliteration model: a character channel (each Arabic letter, by position, emits a Latin chunk)',
  'trained by EM over all alignments, Latin and Arabic character trigram counts, and known spellings (K rows: an',
  'Arabic token seen at least 3 times in training, with its most frequent Latin spelling).',
  `source: Wikidata person-name tokens via github.com/steveash/NETransliteration-COLING2018 data/wd_arabic.normalized.aligned.tokens @ 5d5f59e; licence: CC0 1.0`,
  `trained by extract/translit/scripts/train.ts (${ITERATIONS} EM iterations, emissions below ${MIN_EMISSION} pruned, seed ${SEED});`,
  `${train.length} training pairs, ${test.length} held out (one pair in ten by hash)`,
  ...figures.map((f) => `dev: ${f}`),
  'rows: threshold value | E context chunk probability (context = letter or letter+B/M/E; ^ start, $ end; _ empty) | LA/AR n-gram count | K arabic latin',
];
const outPath = join(HERE, '..', 'model.tsv');
writeFileSync(outPath, serializeModel(model, header));
console.log(`wrote ${outPath}`);
