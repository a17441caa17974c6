// The team's own NER annotations as labelled sentences: annotations/ner/<lang>.jsonl (documents with
// their text) and <lang>.standoff.jsonl (offsets into ../shared/corpus documents, matched by id and
// checked by the sha1 of the text, which is never copied into the project). Formats: ANNOTATION.md.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TafahumError } from '../../../model/errors.js';
import { nerTokenize } from '../tokens.js';
import { NER_TYPES, type NerToken, type NerType } from '../types.js';
import type { LabelledSentence } from './bio.js';

interface AnnotatedDocument {
  doc: string;
  text?: string;
  corpus?: string;
  sha1?: string;
  spans: Array<[number, number, string]>;
}

export interface AnnotationReport {
  files: string[];
  documents: number;
  /** Stand-off documents whose corpus text is missing or no longer has the recorded sha1. */
  unmatched: string[];
}

/** Every annotated document of one language, split into sentences labelled in IOB2. */
export function readAnnotations(projectRoot: string, sharedRoot: string, lang: string): { sentences: LabelledSentence[]; report: AnnotationReport } {
  const dir = join(projectRoot, 'annotations', 'ner');
  const report: AnnotationReport = { files: [], documents: 0, unmatched: [] };
  const sentences: LabelledSentence[] = [];
  if (!existsSync(dir)) return { sentences, report };
  const files = readdirSync(dir).filter((f) => f.startsWith(lang) && f.endsWith('.jsonl')).sort();
  const corpora = new Map<string, Map<string, string>>();
  for (const file of files) sentences.push(...readAnnotationFile(join(dir, file), sharedRoot, report, corpora));
  return { sentences, report };
}

/** One annotation file (inline text or stand-off over ../shared/corpus) as labelled sentences, in file order. */
export function readAnnotationFile(
  path: string,
  sharedRoot: string,
  report: AnnotationReport = { files: [], documents: 0, unmatched: [] },
  corpora = new Map<string, Map<string, string>>(),
): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  const file = basename(path);
  report.files.push(path);
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let doc: AnnotatedDocument;
    try {
      doc = JSON.parse(line) as AnnotatedDocument;
    } catch (error) {
      throw new TafahumError('E_FORMAT', `${path}:${n + 1}: not JSON (${(error as Error).message})`);
    }
    let text = doc.text;
    if (text === undefined && doc.corpus) {
      const corpus = corpora.get(doc.corpus) ?? loadCorpus(join(sharedRoot, doc.corpus));
      corpora.set(doc.corpus, corpus);
      text = corpus.get(doc.doc);
      if (text !== undefined && doc.sha1 && !sha1(text).startsWith(doc.sha1)) text = undefined;
    }
    if (text === undefined) {
      report.unmatched.push(`${file}:${doc.doc}`);
      return;
    }
    report.documents++;
    sentences.push(...labelDocument(text, doc.spans ?? [], `${file}#${doc.doc}`));
  });
  return sentences;
}

function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

function loadCorpus(path: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; text: string };
    out.set(row.id, row.text);
  }
  return out;
}

const SENTENCE_END = /^[.!?؟]$/;

/** Tokenises a document, labels tokens from character spans, and cuts it into sentences. */
export function labelDocument(text: string, spans: Array<[number, number, string]>, source: string): LabelledSentence[] {
  const tokens = nerTokenize(text);
  const labels = new Uint8Array(tokens.length);
  const sorted = [...spans].filter(([s, e, t]) => e > s && NER_TYPES.includes(t as NerType)).sort((a, b) => a[0] - b[0]);
  let k = 0;
  for (const [start, end, type] of sorted) {
    const t = NER_TYPES.indexOf(type as NerType);
    while (k < tokens.length && tokens[k]!.end <= start) k++;
    for (let i = k; i < tokens.length && tokens[i]!.start < end; i++) labels[i] = i === k ? 1 + 2 * t : 2 + 2 * t;
  }
  const out: LabelledSentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const last = i === tokens.length - 1;
    const newline = !last && /\n/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
    if (last || newline || (SENTENCE_END.test(tokens[i]!.text) && labels[i] === 0)) {
      if (i + 1 - from > 0) out.push(sentenceOf(tokens, labels, from, i + 1, source));
      from = i + 1;
    }
  }
  return out;
}

function sentenceOf(tokens: NerToken[], labels: Uint8Array, from: number, to: number, source: string): LabelledSentence {
  return { words: tokens.slice(from, to).map((t) => t.text), labels: labels.slice(from, to), source };
}
