// Tagger throughput, for benchmarks: tags texts sentence by sentence (split at line breaks and sentence
// punctuation, as the pipeline's sentences would be) and reports bytes of UTF-8 text per second.
import type { NerTagger } from './tagger.js';

export interface TagThroughput {
  bytes: number;
  sentences: number;
  spans: number;
  seconds: number;
  mbPerSecond: number;
}

const SENTENCE = /[^\n.!?؟]+[.!?؟]*/g;

export function tagThroughput(tagger: NerTagger, texts: string[], now: () => number = () => performance.now()): TagThroughput {
  let bytes = 0;
  let sentences = 0;
  let spans = 0;
  const started = now();
  for (const text of texts) {
    bytes += Buffer.byteLength(text, 'utf8');
    for (const m of text.matchAll(SENTENCE)) {
      sentences++;
      spans += tagger.tag({ text, start: m.index, end: m.index + m[0].length }).spans.length;
    }
  }
  const seconds = (now() - started) / 1000;
  return { bytes, sentences, spans, seconds, mbPerSecond: bytes / 1e6 / Math.max(seconds, 1e-9) };
}
