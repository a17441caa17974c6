// A Latin caption for an Arabic name ("العربي بوربعة" → "Larbi Borbah"): each token from the given-names
// lexicon, the particles, or the spellings known from training, else the model's best transliteration.
import { normalizeName } from '../text/normalize.js';
import { transliterate } from './decode.js';
import type { TranslitModel } from './types.js';

export interface CaptionResources {
  model: TranslitModel;
  /** Normalised Arabic given name → its Latin spellings, preferred first (given-names.tsv). */
  givenLatin: Map<string, string[]>;
  /** Normalised Arabic particle → Latin ("بن" → "bin"). */
  particles: Map<string, string>;
}

const ARTICLE = /^ال(?=\S{3,})/;
const LOWER_PARTICLES = new Set(['bin', 'ibn', 'bint', 'ould', 'al']);

/** Latin rendering of one normalised Arabic token (lower case). */
export function latinToken(res: CaptionResources, token: string): string {
  const known = res.particles.get(token) ?? res.givenLatin.get(token)?.[0] ?? res.model.knownLatin.get(token);
  if (known) return known;
  const bare = token.replace(ARTICLE, '');
  if (bare !== token) {
    const rest = res.givenLatin.get(bare)?.[0] ?? res.model.knownLatin.get(bare) ?? transliterate(res.model, bare, 1)[0];
    return rest ? `al-${rest}` : token;
  }
  return transliterate(res.model, token, 1)[0] ?? token;
}

/** Caption of a whole Arabic name; a name with no Arabic letters is returned unchanged. */
export function latinCaption(res: CaptionResources, name: string): string {
  if (!/[\u0600-\u06FF]/.test(name)) return name;
  const tokens = normalizeName(name).split(' ').filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/[\u0600-\u06FF]/.test(t)) {
      words.push(t);
      continue;
    }
    // Compound given names written in two words ("عبد الفتاح") are one entry of the lexicon.
    const pair = i + 1 < tokens.length ? res.givenLatin.get(`${t} ${tokens[i + 1]}`)?.[0] : undefined;
    if (pair) i++;
    const latin = pair ?? latinToken(res, t);
    if (words.length > 0 && LOWER_PARTICLES.has(latin)) words.push(latin);
    else words.push(words.length > 0 && latin.startsWith('al-') ? `al-${capitalise(latin.slice(3))}` : capitalise(latin));
  }
  return words.join(' ');
}

function capitalise(word: string): string {
  return word.replace(/(^|-)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
