// The learned tagger: trained on a slice of an open corpus, it must beat a memorising baseline on
// held-out sentences; model files round-trip; IOB2 input errors name the file and line.
import { describe, expect, it } from 'vitest';
import { scoreSpans, type ScoredSpan } from '../../../eval/ner.js';
import { decodeGreedy, labelSpans } from '../../../extract/ner/decode.js';
import { decodeModel, encodeModel, quantize } from '../../../extract/ner/model-file.js';
import { parseBio, readBio, type LabelledSentence } from '../../../extract/ner/train/bio.js';
import { labelDocument } from '../../../extract/ner/train/annotations.js';
import { featurize, trainPerceptron } from '../../../extract/ner/train/perceptron.js';
import { nerTokenize } from '../../../extract/ner/tokens.js';
import { NerTagger } from '../../../extract/ner/tagger.js';
import { TafahumError } from '../../../model/errors.js';
import { requireShared, sharedPath } from '../../support/shared.js';

const spansOf = (labels: ArrayLike<number>, unit: number): ScoredSpan[] => labelSpans(labels).map((s) => ({ unit, start: s.first, end: s.last, type: s.type }));

/** The trivial baseline: each word gets the label it had most often in training (O when unseen). */
function memorisingBaseline(train: LabelledSentence[], dev: LabelledSentence[]): ScoredSpan[] {
  const counts = new Map<string, number[]>();
  for (const s of train) s.words.forEach((w, i) => {
    const c = counts.get(w) ?? new Array(9).fill(0);
    c[s.labels[i]!]++;
    counts.set(w, c);
  });
  return dev.flatMap((s, unit) => {
    const labels = s.words.map((w) => {
      const c = counts.get(w);
      return c ? c.indexOf(Math.max(...c)) : 0;
    });
    return spansOf(labels, unit);
  });
}

describe.skipIf(!requireShared('NER training', 'ner/en/gum-wikinews.bio'))('training on a slice', () => {
  it('beats the memorising baseline on held-out sentences', () => {
    const all = readBio(sharedPath('ner/en/gum-wikinews.bio'));
    const train = all.filter((_, i) => i % 10 !== 9);
    const dev = all.filter((_, i) => i % 10 === 9);
    const set = featurize(train, () => undefined);
    const float = trainPerceptron(set, { bits: 16, epochs: 3, seed: 7 });
    const q = quantize(float);
    const devSet = featurize(dev, () => undefined);
    const gold = dev.flatMap((s, unit) => spansOf(s.labels, unit));
    const system = devSet.sentences.flatMap((s, unit) =>
      spansOf(decodeGreedy({ values: q.weights, scale: q.scale }, 16, devSet.buffer, s.words, s.first, s.labels.length).labels, unit),
    );
    const tagger = scoreSpans(gold, system).exact.ALL.f1;
    const baseline = scoreSpans(gold, memorisingBaseline(train, dev)).exact.ALL.f1;
    expect(tagger).toBeGreaterThan(baseline + 0.1);
    expect(tagger).toBeGreaterThan(0.5);

    // The same model through the file format and the runtime tagger, on a sentence of our own.
    const model = decodeModel(encodeModel({ lang: 'en', bits: 16, weights: q.weights, scale: q.scale, meta: { lang: 'en', created: '2026-01-01', seed: 7, epochs: 3, bits: 16, corpora: [], dev: {} } }), 'memory');
    expect(model.weights).toEqual(q.weights);
    const text = 'The mayor of Chicago, Brandon Johnson, met officials of the World Bank on Monday.';
    const { spans } = new NerTagger(model).tag({ text, start: 0, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('Brandon Johnson');
    for (const s of spans) expect(s.confidence).toBeGreaterThan(0);
  }, 180_000);
});

describe('NER data formats', () => {
  it('keeps "U.S." whole and splits French elisions as the corpora do', () => {
    const words = nerTokenize("L'U.S. Army et l'Union africaine.").map((t) => t.text);
    expect(words).toEqual(["L'", 'U.S.', 'Army', 'et', "l'", 'Union', 'africaine', '.']);
  });

  it('reads IOB2, repairs a stray I- and names the line of a bad tag', () => {
    const [s] = parseBio('Ban\tI-PER\nKi-moon\tI-PER\nspoke\tO\n', 'x.bio');
    expect(Array.from(s!.labels)).toEqual([1, 2, 0]);
    expect(() => parseBio('a\tO\nb\tB-FOO\n', 'bad.bio')).toThrow(/bad\.bio:2/);
    expect(() => parseBio('a\tB-FOO\n', 'bad.bio')).toThrow(TafahumError);
  });

  it('labels a team-written document from character spans and cuts it into sentences', () => {
    const text = 'Le ministre Karim Alaoui a reçu la Banque mondiale. Il partira à Dakar.';
    const sentences = labelDocument(text, [[12, 24, 'PER'], [35, 50, 'ORG'], [65, 70, 'LOC']], 'team');
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.words.filter((_, i) => sentences[0]!.labels[i] !== 0)).toEqual(['Karim', 'Alaoui', 'Banque', 'mondiale']);
    expect(Array.from(sentences[1]!.labels)).toEqual([0, 0, 0, 5, 0]);
  });
});
