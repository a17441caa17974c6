// Mentions recognised from the entity lexicons (countries, organisations, events, cities, persons).
import type { Mention } from '../../model/types.js';
import { normalizeName } from '../text/normalize.js';
import type { LanguageLexicon } from '../lexicons/language.js';
import type { Token } from '../text/tokenize.js';
import type { MentionRule } from './types.js';

/** A place word right before ("à", "in", "في", "جمهورية") or a proclitic preposition on the name ("بمالي"). */
function inPlaceContext(text: string, start: number, tokenStart: number): boolean {
  if (start > tokenStart) return true;
  const before = text.slice(Math.max(0, start - 14), start).toLowerCase();
  return /(?:\b(?:à|a|au|en|in|at|to|from|de|vers)|في|إلى|الى|من|جمهورية|دولة|مدينة|بمدينة|city of|ville de|république du|republic of)\s+$/u.test(before);
}

/** Where the name starts after the titles that open a lexicon person's form, if at least two words are left. */
function afterTitles(text: string, tokens: Token[], lex: LanguageLexicon): number | undefined {
  let k = 0;
  for (let guard = 0; guard < 4; guard++) {
    const title = lex.titles.match(text, tokens.slice(k)).find((t) => t.firstToken === 0);
    if (!title) break;
    k += title.lastToken;
  }
  return k > 0 && tokens.length - k >= 2 ? tokens[k]!.start : undefined;
}

export const lexiconMentions: MentionRule = (view, ctx) => {
  const out: Mention[] = [];
  for (const m of view.lexiconMatches) {
    const e = m.entry.payload;
    const written = ctx.doc.text.slice(m.start, m.end);
    // "للغابون": the span keeps the second ل of "لل", which stands for the article: show it as "الغابون".
    const surface = written.startsWith('ل') && ctx.doc.text[m.start - 1] === 'ل' && e.type !== 'Person' ? `ا${written}` : written;
    // A one-word Arabic form that is also a function word of the language is not a name here.
    if (view.lang === 'ar' && m.lastToken - m.firstToken === 1 && ctx.language('ar').stopwords.has(normalizeName(surface))) continue;
    if (e.weak && !inPlaceContext(ctx.doc.text, m.start, view.tokens[m.firstToken]!.start)) continue;
    // "U.S.", "U.K.": a dotted abbreviation keeps its final period (the tokens stop before it).
    const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(written) && ctx.doc.text[m.end] === '.';
    // "خادم الحرمين الشريفين الملك سلمان بن عبد العزيز", "King Salman": a lexicon person written with titles is named
    // by what follows them; the titles stay in the text before the name, where the relation stage reads them.
    const start = e.type === 'Person' ? afterTitles(ctx.doc.text, view.tokens.slice(m.firstToken, m.lastToken), ctx.language(view.lang)) ?? m.start : m.start;
    if (start !== m.start) {
      out.push({ start, end: m.end, surface: ctx.doc.text.slice(start, m.end), type: e.type, lang: view.lang, ruleId: e.ruleId, lexiconId: e.id, confidence: e.confidence });
      continue;
    }
    out.push({
      start: m.start,
      end: dotted ? m.end + 1 : m.end,
      surface: dotted ? `${surface}.` : surface,
      type: e.type,
      lang: view.lang,
      ruleId: e.ruleId,
      lexiconId: e.anaphor ? undefined : e.id,
      confidence: e.confidence,
      anaphor: e.anaphor,
    });
  }
  return out;
};
