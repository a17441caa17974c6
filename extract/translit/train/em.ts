// Training of the channel (not on the runtime path): expectation–maximisation over every alignment of
// each Latin↔Arabic token pair (forward–backward), from uniform emissions. Contexts and chunks are
// interned to integers and the tables are typed arrays, so an iteration over 57k pairs takes seconds.
import { symbolsOf } from '../channel.js';
import type { TranslitModel } from '../types.js';

export interface TokenPair {
  latin: string;
  arabic: string;
  count: number;
}

type Emissions = TranslitModel['emissions'];

interface Prepared {
  m: number;
  specific: Int32Array;
  general: Int32Array;
  maxChunk: Int32Array;
  /** chunk id of latin.slice(j, j + k) at j * (K + 1) + k, or -1. */
  chunk: Int32Array;
}

const K = 4;
const POSITION_WEIGHT = 0.7;
const FLOOR = 1e-7;

/** Runs `iterations` EM steps; returns P(chunk | context) for letter and letter+position contexts. */
export function trainEmissions(pairs: TokenPair[], iterations: number, log: (line: string) => void = () => {}): Emissions {
  const contexts = new Map<string, number>();
  const chunks = new Map<string, number>([['', 0]]);
  const intern = (map: Map<string, number>, key: string) => {
    let id = map.get(key);
    if (id === undefined) map.set(key, (id = map.size));
    return id;
  };
  const prepared: Prepared[] = pairs.map(({ latin, arabic }) => {
    const symbols = symbolsOf(arabic);
    const m = latin.length;
    const chunk = new Int32Array((m + 1) * (K + 1)).fill(-1);
    for (let j = 0; j <= m; j++) for (let k = 0; k <= K && j + k <= m; k++) chunk[j * (K + 1) + k] = intern(chunks, latin.slice(j, j + k));
    return {
      m,
      specific: Int32Array.from(symbols, (s) => intern(contexts, s.contexts[0])),
      general: Int32Array.from(symbols, (s) => intern(contexts, s.contexts[1])),
      maxChunk: Int32Array.from(symbols, (s) => s.maxChunk),
      chunk,
    };
  });
  const width = chunks.size;
  let probs: Float64Array = new Float64Array(contexts.size * width);
  for (let it = 0; it < iterations; it++) {
    const counts = new Float64Array(contexts.size * width);
    let logLikelihood = 0;
    let aligned = 0;
    for (const p of prepared) {
      const z = accumulate(p, probs, width, counts);
      if (z > 0) {
        logLikelihood += Math.log(z);
        aligned++;
      }
    }
    probs = normalise(counts, contexts.size, width);
    log(`EM iteration ${it + 1}: log-likelihood per pair ${(logLikelihood / Math.max(1, aligned)).toFixed(3)} (${aligned}/${prepared.length} pairs aligned)`);
  }
  const chunkOf = [...chunks.keys()];
  const out: Emissions = new Map();
  for (const [ctx, c] of contexts) {
    const row = new Map<string, number>();
    for (let x = 0; x < width; x++) if (probs[c * width + x]! > 0) row.set(chunkOf[x]!, probs[c * width + x]!);
    out.set(ctx, row);
  }
  return out;
}

function accumulate(p: Prepared, probs: Float64Array, width: number, counts: Float64Array): number {
  const n = p.specific.length;
  const m = p.m;
  const emit = (i: number, chunk: number) => POSITION_WEIGHT * probs[p.specific[i]! * width + chunk]! + (1 - POSITION_WEIGHT) * probs[p.general[i]! * width + chunk]! + FLOOR;
  const alpha = new Float64Array((n + 1) * (m + 1));
  const beta = new Float64Array((n + 1) * (m + 1));
  alpha[0] = 1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= m; j++) {
      const a = alpha[i * (m + 1) + j]!;
      if (a === 0) continue;
      for (let k = 0; k <= p.maxChunk[i]! && j + k <= m; k++) alpha[(i + 1) * (m + 1) + j + k] = alpha[(i + 1) * (m + 1) + j + k]! + a * emit(i, p.chunk[j * (K + 1) + k]!);
    }
  }
  const z = alpha[n * (m + 1) + m]!;
  if (!(z > 0)) return 0;
  beta[n * (m + 1) + m] = 1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      let b = 0;
      for (let k = 0; k <= p.maxChunk[i]! && j + k <= m; k++) b += emit(i, p.chunk[j * (K + 1) + k]!) * beta[(i + 1) * (m + 1) + j + k]!;
      beta[i * (m + 1) + j] = b;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= m; j++) {
      const a = alpha[i * (m + 1) + j]!;
      if (a === 0) continue;
      for (let k = 0; k <= p.maxChunk[i]! && j + k <= m; k++) {
        const chunk = p.chunk[j * (K + 1) + k]!;
        const posterior = (a * emit(i, chunk) * beta[(i + 1) * (m + 1) + j + k]!) / z;
        if (posterior < 1e-9) continue;
        counts[p.specific[i]! * width + chunk] = counts[p.specific[i]! * width + chunk]! + posterior;
        if (p.general[i] !== p.specific[i]) counts[p.general[i]! * width + chunk] = counts[p.general[i]! * width + chunk]! + posterior;
      }
    }
  }
  return z;
}

function normalise(counts: Float64Array, rows: number, width: number): Float64Array {
  const out = new Float64Array(counts.length);
  for (let r = 0; r < rows; r++) {
    let total = 0;
    for (let x = 0; x < width; x++) total += counts[r * width + x]!;
    if (total > 0) for (let x = 0; x < width; x++) out[r * width + x] = counts[r * width + x]! / total;
  }
  return out;
}
