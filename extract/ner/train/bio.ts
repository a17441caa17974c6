// Reading IOB2 files (one "token<TAB>tag" a line, blank line between sentences) into labelled sentences.
import { readFileSync } from 'node:fs';
import { TafahumError } from '../../../model/errors.js';
import { NER_LABELS, type NerLabel } from '../types.js';

export interface LabelledSentence {
  words: string[];
  /** Label index per word (NER_LABELS). */
  labels: Uint8Array;
  /** Where it comes from (file name), for per-corpus figures. */
  source: string;
}

const LABEL_INDEX = new Map<string, number>(NER_LABELS.map((l, i) => [l, i]));

export function parseBio(text: string, source: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  let words: string[] = [];
  let labels: number[] = [];
  const flush = () => {
    if (words.length) out.push({ words, labels: repairBio(labels), source });
    words = [];
    labels = [];
  };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (!line.trim()) {
      flush();
      continue;
    }
    const tab = line.lastIndexOf('\t');
    const word = tab >= 0 ? line.slice(0, tab) : line.split(/\s+/)[0]!;
    const tag = (tab >= 0 ? line.slice(tab + 1) : (line.split(/\s+/)[1] ?? 'O')).trim();
    const label = LABEL_INDEX.get(tag as NerLabel);
    if (label === undefined) throw new TafahumError('E_FORMAT', `${source}:${n + 1}: unknown tag "${tag}" (expected O or B-/I- + PER, ORG, LOC, MISC)`);
    if (!word.trim()) continue;
    words.push(word.trim());
    labels.push(label);
  }
  flush();
  return out;
}

export function readBio(path: string): LabelledSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TafahumError('E_INPUT', `cannot read ${path}: ${(error as Error).message}`);
  }
  return parseBio(text, path);
}

/** IOB2 repair: an I- that does not continue a span of its type starts one (B-). */
function repairBio(labels: number[]): Uint8Array {
  const out = Uint8Array.from(labels);
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    if (l !== 0 && l % 2 === 0 && !(i > 0 && (out[i - 1] === l || out[i - 1] === l - 1))) out[i] = l - 1;
  }
  return out;
}
