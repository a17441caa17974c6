// Arabic token → Latin spellings: beam search over the chunks each letter emits, scored by the channel
// and the Latin character model (which picks the vowels the Arabic script leaves unwritten).
import { emission, symbolsOf } from './channel.js';
import { charLogProb } from './lm.js';
import type { TranslitModel } from './types.js';

const BEAM = 12;
const CHUNKS_PER_LETTER = 8;
/** Weight of the Latin character model, and a reward per Latin character that offsets its length penalty. */
export const DECODE = { lmWeight: 1, charBonus: 2.5 };

interface Hypothesis {
  text: string;
  score: number;
}

const memo = new WeakMap<TranslitModel, Map<string, string[]>>();

/** The model's memoised answers: token → the decoder's whole ranked list. */
function answersOf(model: TranslitModel): Map<string, string[]> {
  let cache = memo.get(model);
  if (!cache) memo.set(model, (cache = new Map()));
  return cache;
}

/** The decoder's whole ranked answer for a token, decoded once per model. */
function ranked(model: TranslitModel, arabic: string): string[] {
  const cache = answersOf(model);
  let best = cache.get(arabic);
  if (!best) cache.set(arabic, (best = decode(model, arabic)));
  return best;
}

/** The `k` best Latin spellings of a normalised Arabic token, best first (deterministic; answers are memoised per model). */
export function transliterate(model: TranslitModel, arabic: string, k = 1): string[] {
  return ranked(model, arabic).slice(0, k);
}

/** The answers another thread computed (same model, same deterministic decoder): later calls find them memoised. */
export function primeTransliterations(model: TranslitModel, answers: Iterable<[string, string[]]>): void {
  const cache = answersOf(model);
  for (const [arabic, best] of answers) if (!cache.has(arabic)) cache.set(arabic, best);
}

/** The decoder's whole answer for each token (as memoised), for another thread to prime with. */
export function memoisedTransliterations(model: TranslitModel, tokens: string[]): Array<[string, string[]]> {
  return tokens.map((t) => [t, ranked(model, t)]);
}

function decode(model: TranslitModel, arabic: string): string[] {
  let beam: Hypothesis[] = [{ text: '', score: 0 }];
  for (const s of symbolsOf(arabic)) {
    const chunks = new Set<string>();
    for (const ctx of s.contexts) for (const [chunk] of (model.topChunks.get(ctx) ?? []).slice(0, CHUNKS_PER_LETTER)) chunks.add(chunk);
    if (chunks.size === 0) chunks.add('');
    const next = new Map<string, number>();
    for (const h of beam) {
      for (const chunk of chunks) {
        let score = h.score + Math.log(emission(model, s, chunk));
        let padded = `^^${h.text}`;
        for (const c of chunk) {
          score += DECODE.charBonus + DECODE.lmWeight * charLogProb(model.latinLm, padded[padded.length - 2]!, padded[padded.length - 1]!, c);
          padded += c;
        }
        const text = h.text + chunk;
        if ((next.get(text) ?? -Infinity) < score) next.set(text, score);
      }
    }
    beam = [...next].map(([text, score]) => ({ text, score })).sort(byScore).slice(0, BEAM);
  }
  const ended = beam
    .filter((h) => h.text)
    .map((h) => {
      const padded = `^^${h.text}`;
      return { text: h.text, score: h.score + DECODE.lmWeight * charLogProb(model.latinLm, padded[padded.length - 2]!, padded[padded.length - 1]!, '$') };
    })
    .sort(byScore);
  return ended.map((h) => h.text);
}

function byScore(a: Hypothesis, b: Hypothesis): number {
  return b.score - a.score || a.text.localeCompare(b.text);
}
