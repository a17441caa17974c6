// Product-level NER scoring on IOB2 files: sentences become documents (space-joined tokens, one
// paragraph a sentence), the whole extraction runs on them, and every entity mention is scored as
// PER (Person), ORG (Organization), LOC (Country, Location) or MISC (Event) against the gold spans.
import type { EntityType, RawDocument } from '../model/types.js';
import type { DocumentExtraction } from '../model/types.js';
import type { LabelledSentence } from '../extract/ner/train/bio.js';
import { labelSpans } from '../extract/ner/decode.js';
import type { NerType } from '../extract/ner/types.js';
import { scoreSpans, type NerScores, type ScoredSpan } from './ner.js';

export const PRODUCT_TO_NER: Partial<Record<EntityType, NerType>> = {
  Person: 'PER',
  Organization: 'ORG',
  Country: 'LOC',
  Location: 'LOC',
  Event: 'MISC',
};

export interface BioDocument {
  raw: RawDocument;
  gold: ScoredSpan[];
}

/** Groups sentences into documents of `perDocument` sentences with character-offset gold spans. */
export function bioDocuments(sentences: LabelledSentence[], name: string, lang: string, perDocument = 20): BioDocument[] {
  const out: BioDocument[] = [];
  for (let d = 0; d * perDocument < sentences.length; d++) {
    let text = '';
    const gold: ScoredSpan[] = [];
    for (const s of sentences.slice(d * perDocument, (d + 1) * perDocument)) {
      if (text) text += '\n';
      const offsets: Array<[number, number]> = [];
      s.words.forEach((w, i) => {
        if (i > 0) text += ' ';
        offsets.push([text.length, text.length + w.length]);
        text += w;
      });
      for (const span of labelSpans(s.labels)) gold.push({ unit: d, start: offsets[span.first]![0], end: offsets[span.last - 1]![1], type: span.type });
    }
    out.push({ raw: { id: `${name}#${d + 1}`, source: name, text, lang }, gold });
  }
  return out;
}

export interface ProductNerReport {
  scores: NerScores;
  /** Precision of each mention source (tagger, lexicon, rules) against the gold spans, exact and relaxed. */
  bySource: Record<string, { mentions: number; exact: number; relaxed: number }>;
  /** Documents whose cleaned text differs from the input (their offsets cannot be compared): skipped. */
  skipped: number;
}

/** Arabic gold spans cover whole words, proclitics included (ANERcorp): a mention starting inside a word starts with it. */
function wordStart(text: string, start: number): number {
  let s = start;
  while (s > 0 && /[\u0600-\u06FF]/.test(text[s - 1]!)) s--;
  return s;
}

const sourceOf = (ruleId: string) => (ruleId.startsWith('ner.') ? 'tagger' : ruleId.startsWith('lexicon.') ? 'lexicon' : 'rules');

export function scoreProductMentions(docs: BioDocument[], extract: (raw: RawDocument) => DocumentExtraction, types: NerType[] = ['PER', 'ORG', 'LOC']): ProductNerReport {
  const gold: ScoredSpan[] = [];
  const system: Array<ScoredSpan & { ruleId: string }> = [];
  let skipped = 0;
  for (const [unit, doc] of docs.entries()) {
    const ex = extract(doc.raw);
    if (ex.doc.text !== doc.raw.text) {
      skipped++;
      continue;
    }
    gold.push(...doc.gold.filter((g) => types.includes(g.type)).map((g) => ({ ...g, unit })));
    for (const e of ex.entities) {
      const type = PRODUCT_TO_NER[e.type];
      if (!type || !types.includes(type)) continue;
      for (const m of e.mentions) {
        // As the public NER sets: demonyms ("Moroccan") and nominal anaphors ("the Kingdom") are not names.
        if (m.ruleId === 'lexicon.country.demonym' || m.ruleId.startsWith('anaphor.')) continue;
        system.push({ unit, start: wordStart(ex.doc.text, m.start), end: m.end, type, ruleId: m.ruleId });
      }
    }
  }
  const bySource: ProductNerReport['bySource'] = {};
  for (const s of system) {
    const entry = (bySource[sourceOf(s.ruleId)] ??= { mentions: 0, exact: 0, relaxed: 0 });
    entry.mentions++;
    const same = gold.filter((g) => g.unit === s.unit && g.type === s.type);
    if (same.some((g) => g.start === s.start && g.end === s.end)) entry.exact++;
    if (same.some((g) => g.start < s.end && s.start < g.end)) entry.relaxed++;
  }
  return { scores: scoreSpans(gold, system), bySource, skipped };
}
