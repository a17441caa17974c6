// Organisations and events named by a head word and its complement: "ministère de la Transition
// numérique", "وزارة الصناعة والاستثمار", "Forum des Nations Unies sur ...", "منتدى حوكمة الإنترنت".
import type { EntityType, Mention } from '../../model/types.js';
import type { Gazetteer } from '../lexicons/gazetteer.js';
import type { LanguageLexicon } from '../lexicons/language.js';
import type { Token } from '../text/tokenize.js';
import { isCapitalized } from './names.js';
import type { MentionRule, SentenceView } from './types.js';

const MAX_COMPLEMENT = 12;
/** Latin connectors allowed inside a name ("de la", "et des", "d'", "chargé de"). */
const LATIN_LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'l', 'les', 'et', 'en', 'of', 'the', 'and', 'for', 'on', 'pour', 'sur', 'a', 'aux', 'au']);

export const organizationMentions: MentionRule = (view, ctx) =>
  headedPhrases(view, ctx.doc.text, ctx.language(view.lang), ctx.language(view.lang).orgHeads, 'Organization', 'org.head');

export const eventMentions: MentionRule = (view, ctx) =>
  headedPhrases(view, ctx.doc.text, ctx.language(view.lang), ctx.language(view.lang).eventHeads, 'Event', 'event.head');

function headedPhrases(
  view: SentenceView,
  text: string,
  lex: LanguageLexicon,
  heads: Gazetteer<{ kind: string }>,
  type: EntityType,
  ruleId: string,
): Mention[] {
  const out: Mention[] = [];
  for (const m of heads.match(text, view.tokens)) {
    const head = view.tokens[m.firstToken]!;
    if (!head.arabic && !isCapitalized(head) && type === 'Event') continue; // "un forum" is not a name; "Forum X" is
    const end = head.arabic ? arabicComplement(text, view, m.lastToken, lex) : latinComplement(text, view, m.lastToken, lex);
    if (end <= m.lastToken) continue;
    const start = m.start;
    const stop = view.tokens[end - 1]!.end;
    out.push({ start, end: stop, surface: text.slice(start, stop), type, lang: view.lang, ruleId: `${ruleId}.${m.entry.payload.kind || 'x'}`, confidence: 0.7 });
  }
  return out;
}

function gapOk(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[ \-'’]*$/.test(gap);
}

/** Latin: capitalised words and connectors, lower-case words only right after a capitalised one. */
function latinComplement(text: string, view: SentenceView, from: number, lex: LanguageLexicon): number {
  const tokens = view.tokens;
  let end = from;
  let lastContent = from;
  let sawCapital = false;
  for (let i = from; i < tokens.length && i - from < MAX_COMPLEMENT; i++) {
    const t = tokens[i]!;
    if (!gapOk(text, tokens[i - 1]!, t) || t.arabic) break;
    if (LATIN_LINKS.has(t.norm)) {
      end = i + 1;
      continue;
    }
    const capital = isCapitalized(t) || /^\d+$/.test(t.text);
    const adjective = !capital && sawCapital && i === lastContent && !lex.stopwords.has(t.norm);
    if (!(capital || adjective)) break;
    if (capital) sawCapital = true;
    end = i + 1;
    lastContent = i + 1;
  }
  return sawCapital ? lastContent : from;
}

/** Arabic: the idafa chain of definite nouns and adjectives, "و"-coordinated, until a place or a stop. */
function arabicComplement(text: string, view: SentenceView, from: number, lex: LanguageLexicon): number {
  const tokens = view.tokens;
  let end = from;
  for (let i = from; i < tokens.length && i - from < MAX_COMPLEMENT; i++) {
    const t = tokens[i]!;
    if (!gapOk(text, tokens[i - 1]!, t) || !t.arabic) break;
    if (lex.stopwords.has(t.norm)) break;
    const place = view.lexiconAt.get(i);
    if (place && (place.entry.payload.type === 'Country' || place.entry.payload.type === 'Location')) break;
    const definite = /^(?:ال|وال|بال|لل|وبال|ولل)/.test(t.norm);
    // The first complement word may be indefinite in construct state ("وزارة إدارة"), later ones must be definite.
    if (!definite && i > from) break;
    end = i + 1;
  }
  return end;
}

/** "Organisation de coopération numérique (DCO)": the acronym in parentheses names the same body. */
export const acronymDefinitions: MentionRule = (view, ctx) => {
  const text = ctx.doc.text;
  const out: Mention[] = [];
  const slice = text.slice(view.sentence.start, view.sentence.end);
  for (const m of slice.matchAll(/\(\s*([A-Z][A-Z0-9&\-]{1,9})\s*\)/g)) {
    const start = view.sentence.start + m.index! + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, surface: m[1]!, type: 'Organization', lang: view.lang, ruleId: 'org.acronym-definition', confidence: 0.6 });
  }
  return out;
};
