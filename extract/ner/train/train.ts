// Training one language's tagger (I/O edge): reads the corpora of corpora.json from ../shared/ner and
// the team's annotations, holds out every 10th sentence of each source as dev, trains the averaged
// perceptron with a fixed seed, scores the quantised model on dev and returns it with its provenance.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../../model/types.js';
import { scoreSpans, type NerScores, type ScoredSpan } from '../../../eval/ner.js';
import { decodeGreedy, labelSpans, spanMargins, type Weights } from '../decode.js';
import { lexiconHints, type NerLexicons } from '../lexicon-hints.js';
import { quantize } from '../model-file.js';
import type { NerModel, NerModelMeta } from '../types.js';
import { readAnnotations } from './annotations.js';
import { readBio, type LabelledSentence } from './bio.js';
import { featurize, trainPerceptron, type TrainingSet } from './perceptron.js';

export interface CorpusEntry {
  file: string;
  weight: number;
  use: boolean;
  licence: string;
  authors: string;
}

export interface TrainNerOptions {
  lang: Language;
  projectRoot: string;
  sharedRoot: string;
  lexicons?: NerLexicons;
  bits: number;
  epochs: number;
  seed: number;
  /** Keep only every n-th training sentence (tests train on a slice). */
  sample?: number;
  /** Weight of the team's own annotations. */
  annotationWeight?: number;
  /** Every n-th training sentence is also seen written in capitals, as headlines are (default 10; 0 = none; Latin script only). */
  capsEvery?: number;
  /** Log dev F1 of the averaged weights after every epoch (to choose the number of epochs). */
  devEveryEpoch?: boolean;

  log?: (line: string) => void;
}

export interface TrainNerResult {
  model: NerModel;
  dev: NerScores;
  devBySource: Record<string, NerScores>;
}

const HERE = dirname(fileURLToPath(import.meta.url));

export function corporaFor(lang: Language): CorpusEntry[] {
  const all = JSON.parse(readFileSync(join(HERE, 'corpora.json'), 'utf8')) as Record<string, CorpusEntry[] | string>;
  const list = all[lang];
  return Array.isArray(list) ? list.filter((c) => c.use) : [];
}

/** The number of passes chosen for a language (corpora.json "epochs"), else 8. */
export function epochsFor(lang: Language): number {
  const all = JSON.parse(readFileSync(join(HERE, 'corpora.json'), 'utf8')) as { epochs?: Partial<Record<Language, number>> };
  return all.epochs?.[lang] ?? 8;
}

/** Every 10th sentence of each source is dev; never trained on. */
export const isDev = (indexInSource: number) => indexInSource % 10 === 9;

export function trainNer(options: TrainNerOptions): TrainNerResult {
  const log = options.log ?? (() => undefined);
  const train: LabelledSentence[] = [];
  const dev: LabelledSentence[] = [];
  const weights = new Map<string, number>();
  const corpora: NerModelMeta['corpora'] = [];
  const capsEvery = options.lang === 'ar' ? 0 : (options.capsEvery ?? 10);
  const split = (sentences: LabelledSentence[], source: string, weight: number, licence: string, authors: string) => {
    sentences.forEach((s, i) => {
      s.source = source;
      if (isDev(i)) dev.push(s);
      else if (!options.sample || i % options.sample === 0) {
        train.push(s);
        if (capsEvery && i % capsEvery === capsEvery >> 1) train.push({ ...s, words: s.words.map((w) => w.toUpperCase()) });
      }
    });
    weights.set(source, weight);
    corpora.push({ file: source, authors, licence, sentences: sentences.length, tokens: sentences.reduce((n, s) => n + s.words.length, 0) });
  };
  for (const c of corporaFor(options.lang)) split(readBio(join(options.sharedRoot, 'ner', c.file)), c.file, c.weight, c.licence, c.authors);
  const own = readAnnotations(options.projectRoot, options.sharedRoot, options.lang);
  if (own.sentences.length) split(own.sentences, `annotations/ner/${options.lang}`, options.annotationWeight ?? 3, 'project annotations (see NOTICE)', 'the Tafahum team');
  if (own.report.unmatched.length) log(`  ${own.report.unmatched.length} annotated documents without matching corpus text (skipped)`);
  const hints = (s: LabelledSentence) => (options.lexicons ? sentenceHints(s.words, options.lexicons) : undefined);
  log(`  ${train.length} training sentences, ${dev.length} dev sentences from ${corpora.length} sources`);
  const started = performance.now();
  const set = featurize(train, hints, (s) => weights.get(s.source) ?? 1);
  log(`  features: ${set.buffer.length} over ${set.buffer.tokens} tokens (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  let earlyDev: TrainingSet | undefined;
  const devSetEarly = () => (earlyDev ??= featurize(dev, hints));
  const float = trainPerceptron(set, {
    bits: options.bits,
    epochs: options.epochs,
    seed: options.seed,
    onAveraged: options.devEveryEpoch ? (e, weights) => log(`  epoch ${e}: dev exact F1 ${(100 * scoreDev({ values: weights, scale: 1 }, options.bits, devSetEarly(), dev).scores.exact.ALL.f1).toFixed(2)}`) : undefined,
    onEpoch: (e, errors, tokens) => log(`  epoch ${e}: ${(100 * (1 - errors / tokens)).toFixed(2)} % tokens right (${((performance.now() - started) / 1000).toFixed(1)} s)`),
  });
  const q = quantize(float);
  const meta: NerModelMeta = {
    lang: options.lang,
    created: new Date().toISOString().slice(0, 10),
    seed: options.seed,
    epochs: options.epochs,
    bits: options.bits,
    corpora,
    dev: {},
    devSplit: 'every 10th sentence of each source (never trained on); exact mention match',
    licence: corpora.some((c) => /BY-SA/.test(c.licence))
      ? 'CC BY-SA 4.0: trained on CC BY-SA corpora (see NOTICE for every corpus, its authors and licence)'
      : 'see NOTICE for every corpus, its authors and licence',
    features: options.lexicons ? 'words, shapes, affixes, context ±2, bigrams, previous labels, lexicon hints; lines in capitals uncased' : 'no lexicon hints; lines in capitals uncased',
    capsEvery,
  };
  const model: NerModel = { lang: options.lang, bits: options.bits, weights: q.weights, scale: q.scale, meta };
  const devSet = featurize(dev, hints);
  const { scores, bySource, margins } = scoreDev({ values: model.weights, scale: model.scale }, model.bits, devSet, dev);
  margins.sort((a, b) => a - b);
  meta.marginScale = round(margins[Math.floor(margins.length / 2)] ?? 1) || 1;
  for (const [t, p] of Object.entries(scores.exact)) meta.dev[t] = { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1) };
  const devBySource = Object.fromEntries([...bySource].map(([k, v]) => [k, scoreSpans(v.gold, v.system)]));
  meta.devBySource = Object.fromEntries(Object.entries(devBySource).map(([k, v]) => [k, round(v.exact.ALL.f1)]));
  if (options.lang !== 'ar') {
    const upper = dev.map((x) => ({ ...x, words: x.words.map((w) => w.toUpperCase()) }));
    const devCaps = scoreDev({ values: model.weights, scale: model.scale }, model.bits, featurize(upper, hints), upper).scores;
    meta.devInCapitals = round(devCaps.exact.ALL.f1);
  }
  return { model, dev: scores, devBySource };
}

/** Decodes the dev sentences and scores them, overall and per source. */
function scoreDev(weights: Weights, bits: number, devSet: TrainingSet, dev: LabelledSentence[]) {
  const gold: ScoredSpan[] = [];
  const system: ScoredSpan[] = [];
  const bySource = new Map<string, { gold: ScoredSpan[]; system: ScoredSpan[] }>();
  const margins: number[] = [];
  devSet.sentences.forEach((s, unit) => {
    const decoded = decodeGreedy(weights, bits, devSet.buffer, s.words, s.first, s.labels.length);
    const g = labelSpans(s.labels).map((x) => ({ unit, start: x.first, end: x.last, type: x.type }));
    const p = labelSpans(decoded.labels).map((x) => ({ unit, start: x.first, end: x.last, type: x.type }));
    margins.push(...spanMargins(decoded));
    gold.push(...g);
    system.push(...p);
    const entry = bySource.get(dev[unit]!.source) ?? { gold: [], system: [] };
    entry.gold.push(...g);
    entry.system.push(...p);
    bySource.set(dev[unit]!.source, entry);
  });
  return { scores: scoreSpans(gold, system), bySource, margins };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Lexicon hints for a pre-tokenised sentence: its words joined by spaces stand in for the text. */
export function sentenceHints(words: string[], lexicons: NerLexicons) {
  let text = '';
  const tokens = words.map((w) => {
    const start = text.length + (text ? 1 : 0);
    text += (text ? ' ' : '') + w;
    return { start, end: start + w.length, text: w };
  });
  return lexiconHints(text, tokens, lexicons);
}
