// The channel of the transliteration model: an Arabic token is a sequence of letters framed by a start
// and an end symbol; each emits one Latin chunk (possibly empty, vowels included: م → "mo"). The
// probability of a Latin spelling sums over every alignment (forward algorithm), O(letters × chars × K).
import type { LetterPosition, TranslitModel } from './types.js';

export const START = '^';
export const END = '$';
/** Longest chunk a letter emits ("scha"), and the frame symbols ("e", "h"). */
export const MAX_CHUNK = 4;
export const MAX_FRAME_CHUNK = 2;
const POSITION_WEIGHT = 0.7;
const FLOOR = 1e-7;

export interface Symbol {
  letter: string;
  /** Context keys, most specific first: letter + position, then the letter alone. */
  contexts: [string, string];
  maxChunk: number;
}

/** The symbols of a normalised Arabic token (letters only). */
export function symbolsOf(arabic: string): Symbol[] {
  const letters = [...arabic];
  const out: Symbol[] = [{ letter: START, contexts: [START, START], maxChunk: MAX_FRAME_CHUNK }];
  letters.forEach((letter, i) => {
    const pos: LetterPosition = i === 0 ? 'B' : i === letters.length - 1 ? 'E' : 'M';
    out.push({ letter, contexts: [letter + pos, letter], maxChunk: MAX_CHUNK });
  });
  out.push({ letter: END, contexts: [END, END], maxChunk: MAX_FRAME_CHUNK });
  return out;
}

/** P(chunk | symbol): the position-specific estimate interpolated with the letter's, with a floor. */
export function emission(model: Pick<TranslitModel, 'emissions'>, s: Symbol, chunk: string): number {
  const specific = model.emissions.get(s.contexts[0])?.get(chunk) ?? 0;
  const general = model.emissions.get(s.contexts[1])?.get(chunk) ?? 0;
  return POSITION_WEIGHT * specific + (1 - POSITION_WEIGHT) * general + FLOOR;
}

/** Forward table: alpha[i * (m + 1) + j] = P(first i symbols emit the first j Latin characters). */
export function forward(model: Pick<TranslitModel, 'emissions'>, symbols: Symbol[], latin: string): Float64Array {
  const m = latin.length;
  const alpha = new Float64Array((symbols.length + 1) * (m + 1));
  alpha[0] = 1;
  for (let i = 0; i < symbols.length; i++) {
    const s = symbols[i]!;
    for (let j = 0; j <= m; j++) {
      const a = alpha[i * (m + 1) + j]!;
      if (a === 0) continue;
      for (let k = 0; k <= s.maxChunk && j + k <= m; k++) {
        alpha[(i + 1) * (m + 1) + j + k]! += a * emission(model, s, latin.slice(j, j + k));
      }
    }
  }
  return alpha;
}

/** log P(latin | arabic) over every alignment; -Infinity when no alignment fits. */
export function channelLogProb(model: Pick<TranslitModel, 'emissions'>, arabic: string, latin: string): number {
  const symbols = symbolsOf(arabic);
  const alpha = forward(model, symbols, latin);
  return Math.log(alpha[symbols.length * (latin.length + 1) + latin.length]!);
}
