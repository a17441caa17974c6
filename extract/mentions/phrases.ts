// Organisations and events named by a head word and its complement: "ministère de la Transition
// numérique", "وزارة الصناعة والاستثمار", "Forum des Nations Unies sur ...", "منتدى حوكمة الإنترنت".
import type { EntityType, Mention } from '../../model/types.js';
import { readList } from '../lexicons/files.js';
import type { Gazetteer } from '../lexicons/gazetteer.js';
import { normalizeName } from '../text/normalize.js';
import type { LanguageLexicon } from '../lexicons/language.js';
import type { Token } from '../text/tokenize.js';
import { isCapitalized } from './names.js';
import type { MentionRule, SentenceView } from './types.js';

const MAX_COMPLEMENT = 12;
const MAX_ARABIC_COMPLEMENT = 7;
/** Latin connectors allowed inside a name ("de la", "et des", "d'", "chargé de"). */
const LATIN_LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'l', 'les', 'et', 'en', 'of', 'the', 'and', 'for', 'pour', 'sur', 'aux', 'au']);
/**
 * Lower-case words inside French names are adjectives and abstract nouns ("Transition numérique",
 * "Réforme de l'administration", "gouvernance"); verbs ("constitue", "organisé") end the name.
 */
const FRENCH_NAME_WORD = /(?:mixtes?|conjointe?s?|unie?s?|commune?s?|iques?|aux|ales?|al|iens?|iennes?|ais|aises?|ains?|aines?|els?|elles?|ifs?|ives?|aires?|istes?|iers?|i[eè]res?|[eè]res?|eurs?|ances?|ences?|tions?|sions?|ments?|it[ée]s?|ures?|ages?|ies?|ismes?|ables?|ibles?|ales)$/;
const ORDINAL = /^(?:\d+(?:e|er|ère|eme|ème|th|st|nd|rd)|premi[eè]re?|first|second|deuxi[eè]me|troisi[eè]me)$/i;

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
    // French writes "ministère de ..." and "la 8e session de ..." in lower case; elsewhere a name's head is capitalised.
    const ordinalBefore = m.firstToken > 0 && ORDINAL.test(view.tokens[m.firstToken - 1]!.text);
    if (!head.arabic && !isCapitalized(head) && !(lex.lang === 'fr' && (type === 'Organization' || ordinalBefore))) continue;
    // A definite Arabic head ("المنظمة", "الوزارة") refers back to a name; it does not start one.
    const definiteHead = head.arabic && (head.norm.startsWith('ال') || m.entry.tokens[0]!.startsWith('ال') || /^(?:لل|ولل)/.test(head.norm)) && m.lastToken - m.firstToken === 1;
    const end = head.arabic ? arabicComplement(text, view, m.lastToken, lex, heads) : latinComplement(text, view, m.lastToken, lex);
    // ... except an edition named by what follows: "الدورة الثامنة للجنة العليا المشتركة".
    if (definiteHead && !(type === 'Event' && end - m.lastToken >= 2)) continue;
    // "Monetary Authority of Singapore", "Union Bank of Switzerland": capitalised words before the head belong to the name.
    const first = head.arabic ? m.firstToken : latinStart(text, view, m.firstToken, lex);
    if (end <= m.lastToken && first === m.firstToken) continue;
    // "le groupe de la Nigerian National Petroleum Company": a known organisation inside is the better name.
    if (type === 'Organization' && view.lexiconMatches.some((x) => x.entry.payload.type === 'Organization' && x.firstToken >= m.lastToken && x.lastToken <= end)) continue;
    // "19e édition du Forum ...": an ordinal before the head belongs to the name.
    const previous = view.tokens[m.firstToken - 1];
    const start = type === 'Event' && previous && ORDINAL.test(previous.text) ? previous.start : first < m.firstToken ? view.tokens[first]!.start : m.start;
    const stop = view.tokens[Math.max(end, m.lastToken) - 1]!.end;
    out.push({ start, end: stop, surface: text.slice(start, stop), type, lang: view.lang, ruleId: `${ruleId}.${m.entry.payload.kind || 'x'}`, confidence: 0.7 });
  }
  return out;
}

function gapOk(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[ \-'’]*$/.test(gap);
}

/**
 * Latin: capitalised words and connectors, lower-case words only right after a capitalised one. A name
 * does not run on into the next one: English complements start with a connector ("Bank of Japan", not
 * "Senate Reagan"); a known organisation or country inside ends it before further capitalised words
 * ("Commission of the African Union Moussa Faki"); a coordination stops before a name with its own
 * company suffix or head ("Daewoo Group and General Motors Corp").
 */
function latinComplement(text: string, view: SentenceView, from: number, lex: LanguageLexicon): number {
  const tokens = view.tokens;
  let end = from;
  let lastContent = from;
  let sawCapital = false;
  let lexiconEnd = -1;
  const linked = LATIN_LINKS.has(tokens[from - 1]?.norm ?? '') || LATIN_LINKS.has(tokens[from]?.norm ?? '');
  if (lex.lang === 'en' && !linked) return from;
  for (let i = from; i < tokens.length && i - from < MAX_COMPLEMENT; i++) {
    const t = tokens[i]!;
    if (!gapOk(text, tokens[i - 1]!, t) || t.arabic) break;
    if (LATIN_LINKS.has(t.norm)) {
      if (COORDINATION.has(t.norm) && startsOwnName(text, view, i + 1, lex)) break;
      end = i + 1;
      continue;
    }
    if (lex.titles.match(text, [t]).length > 0 && isCapitalized(t)) break; // "... Agency Director William Casey"
    if (i === lexiconEnd && isCapitalized(t)) break;
    const known = view.lexiconAt.get(i);
    if (known && known.firstToken === i && (known.entry.payload.type === 'Organization' || known.entry.payload.type === 'Country')) lexiconEnd = known.lastToken;
    const capital = isCapitalized(t) || /^\d+$/.test(t.text);
    // English and Arabic-script-free names are capitalised throughout: only French keeps lower-case words.
    // "maroco-mauritanienne": the first half of a compound adjective joins with a hyphen.
    const compoundHalf = text[t.end] === '-' && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
    const nameWord = lex.lang === 'fr' && (FRENCH_NAME_WORD.test(t.norm) || compoundHalf) && t.norm.length > 3;
    const adjective = !capital && sawCapital && nameWord && !lex.stopwords.has(t.norm);
    if (!(capital || adjective)) break;
    if (capital) sawCapital = true;
    end = i + 1;
    lastContent = i + 1;
  }
  return sawCapital ? lastContent : from;
}

const COORDINATION = new Set(['and', 'et']);

/** Whether capitalised words from `from` form a name of their own: ending in a company suffix or an organisation head. */
function startsOwnName(text: string, view: SentenceView, from: number, lex: LanguageLexicon): boolean {
  let i = from;
  while (i < view.tokens.length && ARTICLES.has(view.tokens[i]!.norm)) i++;
  for (const stop = Math.min(view.tokens.length, i + 5); i < stop; i++) {
    const t = view.tokens[i]!;
    if (!isCapitalized(t)) return false;
    if (lex.orgSuffixes.has(t.norm) || lex.orgHeads.match(text, [t]).length > 0) return true;
  }
  return false;
}

const ARTICLES = new Set(['the', 'la', 'le', 'les', 'l']);

let stops: Set<string> | undefined;
function complementStops(): Set<string> {
  stops ??= new Set(readList('ar/complement-stops.txt').map(normalizeName));
  return stops;
}

/** Start of a Latin name that runs back from its head over capitalised words (not across a known entity). */
function latinStart(text: string, view: SentenceView, headToken: number, lex: LanguageLexicon): number {
  let first = headToken;
  while (first > 0 && headToken - first < 4) {
    const t = view.tokens[first - 1]!;
    const sentenceInitial = first - 1 === 0;
    const hyphenated = text.slice(t.end, view.tokens[first]!.start) === '-';
    if (view.tokens[first]!.text[0] === view.tokens[first]!.text[0]!.toLowerCase() && !hyphenated) break;
    if (t.arabic || !isCapitalized(t) || sentenceInitial || view.lexiconAt.has(first - 1) || !gapOk(text, t, view.tokens[first]!)) break;
    if (lex.stopwords.has(t.norm) || lex.titles.match(text, [t]).length > 0) break;
    first--;
  }
  return first;
}

/**
 * Arabic: the idafa chain after the head ("حوكمة الإنترنت", "الصناعة والاستثمار والتجارة"): at most one
 * indefinite noun right after the head, then words with the article (or "و/ب/ل" + article); it stops at
 * places, titles, another head word, function words and tanwin, and keeps to a name's usual length.
 */
function arabicComplement(text: string, view: SentenceView, from: number, lex: LanguageLexicon, heads: Gazetteer<{ kind: string }>): number {
  const tokens = view.tokens;
  let end = from;
  let sincePreposition = -1;
  for (let i = from; i < tokens.length && i - from < MAX_ARABIC_COMPLEMENT; i++) {
    const t = tokens[i]!;
    if (!gapOk(text, tokens[i - 1]!, t) || !t.arabic || /[\u064B\d]/.test(t.text)) break;
    const plainDefinite0 = /^(?:ال|وال|بال|لل|وبال|ولل)/.test(t.norm);
    // Words that never name a person ("الاقتصاد", "الصحة") still name ministries: only indefinite ones stop here.
    if (lex.stopwords.has(t.norm) || (lex.nonNames.has(t.norm) && !plainDefinite0)) break;
    const place = view.lexiconAt.get(i);
    if (place && (place.entry.payload.type === 'Country' || place.entry.payload.type === 'Location' || place.entry.payload.type === 'Person')) break;
    if (lex.titles.match(text, [t]).length > 0 || heads.match(text, [t]).length > 0) break;
    const plainDefinite = t.norm.startsWith('ال');
    const joinedDefinite = /^(?:وال|بال|لل|وبال|ولل)/.test(t.norm);
    if (i === from) {
      if (/^(?:و|ب|ل|ف|ك)/.test(t.norm) && !plainDefinite) break; // "لدعم", "بمتابعة", "والبلدان"
      if (plainDefinite) end = i + 1;
      continue; // one indefinite noun in construct with the head ("منتدى حوكمة ...")
    }
    if (!plainDefinite && !joinedDefinite) break;
    if (complementStops().has(t.norm)) break;
    // "للأمن السيبراني" names a body's field; "بالاقتصاد" continues a name only inside a coordination
    // ("والنهوض بالاقتصاد الرقمي"), else it starts the rest of the clause ("مجلس الوزراء بالتحسن").
    if (/^(?:بال|وبال)/.test(t.norm) && sincePreposition < 0 && !/^وال/.test(tokens[i - 1]!.norm)) break;
    if (sincePreposition >= 0 && i - sincePreposition > 2) break;
    if (/^(?:بال|لل|وبال|ولل)/.test(t.norm)) sincePreposition = i;
    end = i + 1;
  }
  return end;
}

/** Numbered editions written as one word: "COP28", "COP 29", "FOCAC9" — an acronym of a known event plus its number. */
export const numberedEvents: MentionRule = (view, ctx) => {
  const text = ctx.doc.text;
  const out: Mention[] = [];
  const slice = text.slice(view.sentence.start, view.sentence.end);
  for (const m of slice.matchAll(/\b([A-Z]{2,6}) ?(\d{1,3})\b/g)) {
    const family = ctx.entities.gazetteer.match(m[1]!, [{ start: 0, end: m[1]!.length, text: m[1]!, norm: m[1]!.toLowerCase(), arabic: false }])[0];
    if (!family || family.entry.payload.type !== 'Event') continue;
    const start = view.sentence.start + m.index!;
    out.push({ start, end: start + m[0].length, surface: m[0], type: 'Event', lang: view.lang, ruleId: 'event.numbered-edition', confidence: 0.9 });
  }
  return out;
};

/** "Agence nationale des ports (ANP)": the acronym in parentheses names the same body. */
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
