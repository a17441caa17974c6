// Lexicon hints for the tagger: which tokens the project's lexicons cover (longest entity match and its
// kind, titles, given names, organisation and event heads, function words), mapped onto tagger tokens.
import type { EntityLexicon, LexiconEntity } from '../lexicons/entities.js';
import type { GazetteerMatch } from '../lexicons/gazetteer.js';
import type { GivenNames, LanguageLexicon } from '../lexicons/language.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { LEXICON_FLAGS, LEXICON_KINDS, type LexiconHints, type NerToken } from './types.js';

export interface NerLexicons {
  entities: EntityLexicon;
  language: LanguageLexicon;
  names: GivenNames;
}

/**
 * Hints for the tagger tokens of text[start, end). `projectTokens` and `entityMatches` may be passed when
 * the caller already has them (the mention stage does), else they are computed here.
 */
export function lexiconHints(
  text: string,
  tokens: NerToken[],
  lex: NerLexicons,
  projectTokens?: Token[],
  entityMatches?: Array<GazetteerMatch<LexiconEntity>>,
): LexiconHints {
  const n = tokens.length;
  const hints: LexiconHints = { entity: new Uint8Array(n), flags: new Uint8Array(n) };
  if (n === 0) return hints;
  const words = projectTokens ?? tokenize(text, tokens[0]!.start, tokens[n - 1]!.end);
  const matches = entityMatches ?? lex.entities.gazetteer.match(text, words);
  for (const m of matches) {
    const p = m.entry.payload;
    if (p.anaphor) continue;
    const kind = LEXICON_KINDS.indexOf(p.type as (typeof LEXICON_KINDS)[number]);
    if (kind < 0) continue;
    let inside = false;
    forTokensIn(tokens, m.start, m.end, (i) => {
      hints.entity[i] = 1 + 2 * kind + (inside ? 1 : 0);
      inside = true;
    });
  }
  const flag = (ms: Array<{ start: number; end: number }>, bit: number) => {
    for (const m of ms) forTokensIn(tokens, m.start, m.end, (i) => (hints.flags[i]! |= bit));
  };
  flag(lex.language.titles.match(text, words), LEXICON_FLAGS.title);
  flag(lex.language.orgHeads.match(text, words), LEXICON_FLAGS.orgHead);
  flag(lex.language.eventHeads.match(text, words), LEXICON_FLAGS.eventHead);
  const names = lex.names;
  flag(words.filter((w) => (w.arabic ? names.arabic : names.latin).has(w.norm)), LEXICON_FLAGS.givenName);
  flag(words.filter((w) => lex.language.stopwords.has(w.norm)), LEXICON_FLAGS.stopword);
  return hints;
}

/** Calls `visit` for each tagger token overlapping [start, end), in order (tokens sorted by offset). */
function forTokensIn(tokens: NerToken[], start: number, end: number, visit: (i: number) => void): void {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) visit(i);
}
