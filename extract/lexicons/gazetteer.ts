// A phrase matcher over normalised tokens: longest lexicon phrase at each position wins.
// Language-neutral: the entries come from lexicon files; case rules protect acronyms ("UN" ≠ "un").
import { isTightGap, tokenVariants, tokenize, type Token } from '../text/tokenize.js';

export interface GazetteerEntry<P> {
  /** Normalised tokens of the phrase. */
  tokens: string[];
  /** The phrase as written in the lexicon. */
  form: string;
  payload: P;
  /** Acronyms must match with the same case; names must start with a capital in Latin script. */
  caseRule: 'exact' | 'capitalized' | 'any';
}

export interface GazetteerMatch<P> {
  start: number;
  end: number;
  /** Index of the first and one past the last token matched. */
  firstToken: number;
  lastToken: number;
  entry: GazetteerEntry<P>;
}

export class Gazetteer<P> {
  private readonly byFirstToken = new Map<string, Array<GazetteerEntry<P>>>();
  private maxTokens = 1;

  add(form: string, payload: P, caseRule?: GazetteerEntry<P>['caseRule']): void {
    const tokens = tokenize(form).map((t) => t.norm).filter(Boolean);
    if (tokens.length === 0) return;
    const rule = caseRule ?? defaultCaseRule(form);
    const entry: GazetteerEntry<P> = { tokens, form, payload, caseRule: rule };
    const list = this.byFirstToken.get(tokens[0]!) ?? [];
    list.push(entry);
    this.byFirstToken.set(tokens[0]!, list);
    this.maxTokens = Math.max(this.maxTokens, tokens.length);
  }

  get size(): number {
    let n = 0;
    for (const list of this.byFirstToken.values()) n += list.length;
    return n;
  }

  /** Non-overlapping matches: at each token its longest phrase, then the longest phrases win overlaps. */
  match(text: string, tokens: Token[]): Array<GazetteerMatch<P>> {
    const candidates: Array<GazetteerMatch<P>> = [];
    for (let i = 0; i < tokens.length; i++) {
      const found = this.longestAt(text, tokens, i);
      if (found) candidates.push(found);
    }
    if (candidates.length < 2) return candidates;
    candidates.sort((a, b) => b.lastToken - b.firstToken - (a.lastToken - a.firstToken) || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(tokens.length);
    const out: Array<GazetteerMatch<P>> = [];
    for (const c of candidates) {
      let free = true;
      for (let k = c.firstToken; k < c.lastToken && free; k++) free = taken[k] === 0;
      if (!free) continue;
      for (let k = c.firstToken; k < c.lastToken; k++) taken[k] = 1;
      out.push(c);
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private longestAt(text: string, tokens: Token[], i: number): GazetteerMatch<P> | undefined {
    const first = tokens[i]!;
    // Latin-script tokens have no clitic readings: one lookup, no variant list to allocate.
    if (!first.arabic) return this.longestFrom(text, tokens, i, first.start, first.norm, false, undefined);
    let best: GazetteerMatch<P> | undefined;
    for (const variant of tokenVariants(first)) best = this.longestFrom(text, tokens, i, variant.start, variant.norm, variant.start !== first.start, best);
    return best;
  }

  /** The longest entry starting with token i read as `norm` (from `start`), if longer than `best`. */
  private longestFrom(text: string, tokens: Token[], i: number, start: number, norm: string, strippedClitic: boolean, best: GazetteerMatch<P> | undefined): GazetteerMatch<P> | undefined {
    const candidates = this.byFirstToken.get(norm);
    if (!candidates) return best;
    for (const entry of candidates) {
      const n = entry.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const t = tokens[i + k]!;
        ok = t.norm === entry.tokens[k] && isTightGap(text, tokens[i + k - 1]!.end, t.start);
      }
      if (!ok) continue;
      const end = tokens[i + n - 1]!.end;
      if (best && end - start <= best.end - best.start) continue;
      if (!caseMatches(text.slice(start, end), entry, strippedClitic)) continue;
      best = { start, end, firstToken: i, lastToken: i + n, entry };
    }
    return best;
  }
}

function defaultCaseRule(form: string): GazetteerEntry<unknown>['caseRule'] {
  if (/[\u0600-\u06FF]/.test(form)) return 'any';
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length <= 6 && letters === letters.toUpperCase()) return 'exact';
  return 'capitalized';
}

function caseMatches(surface: string, entry: GazetteerEntry<unknown>, strippedClitic: boolean): boolean {
  if (entry.caseRule === 'any' || strippedClitic) return true;
  if (entry.caseRule === 'exact') {
    return surface.replace(/[^\p{L}\p{N}]/gu, '') === entry.form.replace(/[^\p{L}\p{N}]/gu, '');
  }
  const firstLetter = surface.match(/\p{L}/u)?.[0] ?? '';
  return firstLetter !== firstLetter.toLowerCase();
}
