// Arabic titles sit on either side of the name with no comma: "وزير الخارجية المصري سامح شكري" and
// "سامح شكري وزير الخارجية المصري والوفد المرافق له". In a list ("X وزير الدولة، و الدكتور Y وزير الثقافة")
// a title belongs to the name it follows unless a name follows it at once; a conjunction (a standalone
// "و", or "و" glued to a name, an honorific or a title word) starts the next item, never a title.
import type { Span } from '../../model/types.js';
import { languageLexicon } from '../lexicons/language.js';
import type { ResolvedMention } from '../resolve/types.js';
import { normalizeName } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { RelationContext, SentenceFacts } from './types.js';

const MAX_BEFORE = 12;
const MAX_AFTER = 10;
/** Punctuation that ends a phrase; brackets and quotes around a body's name ("ل ( مغرب تصدير )") do not. */
const PUNCTUATION = /[،,.؛;:!?؟|–—\n]|\s-\s/;
/** Words that may join the words of a title after a name ("رئيس بعثة مجلس التعاون في اليمن"). */
const JOINERS = new Set(['في', 'لدى'].map(normalizeName));


/** The office phrase written before or after an Arabic person mention, or nothing. */
export function arabicTitle(ctx: RelationContext, facts: SentenceFacts, person: ResolvedMention): { before?: Span; after?: Span } {
  const tokens = facts.view.tokens;
  const first = tokens.findIndex((t) => t.end > person.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= person.end) last++;
  if (first < 0) return {};
  return { before: titleBefore(ctx, facts, person, first), after: titleAfter(ctx, facts, person, last) };
}

function isRole(kind: string): boolean {
  return kind === 'role' || kind === 'royal';
}

/** A function word that is not part of a title ("مع", "من", "إن"); "في" and "لدى" join title words. */
function isParticle(t: Token): boolean {
  return languageLexicon('ar').stopwords.has(t.norm) && !JOINERS.has(t.norm);
}

function insidePerson(facts: SentenceFacts, t: Token, person: ResolvedMention): boolean {
  return facts.mentions.some((m) => m.type === 'Person' && m.entityId !== person.entityId && m.start < t.end && t.start < m.end);
}

/** Connectors that start another phrase: a clause word ("خلال", "أمس"), a delegation, a partner ("مع", "بين"), a visit. */
const PHRASE_STARTS = new Set(['title-end', 'delegation', 'with', 'between', 'visit']);

/** A clause word, or a relation trigger ("يلتقي", "استقبل"): the verb of the clause is never part of a title. */
function isClauseWord(facts: SentenceFacts, t: Token): boolean {
  return facts.connectors.some((c) => PHRASE_STARTS.has(c.kind) && c.start < t.end && t.start < c.end) || facts.triggers.some((x) => x.mode !== 'noun' && x.start < t.end && t.start < x.end);
}

/** A title word with "و" glued to it ("وسفير", "والشيخ") opens a new item of a list. */
function gluedConjunctionTitle(ctx: RelationContext, facts: SentenceFacts, k: number): boolean {
  const t = facts.view.tokens[k]!;
  if (!t.norm.startsWith('و')) return false;
  const m = languageLexicon('ar').titles.match(ctx.doc.text, facts.view.tokens.slice(k, k + 4))[0];
  return !!m && m.firstToken === 0 && m.start > t.start;
}

function titleBefore(ctx: RelationContext, facts: SentenceFacts, person: ResolvedMention, first: number): Span | undefined {
  const tokens = facts.view.tokens;
  const text = ctx.doc.text;
  // "…، وعادل الجبير": the name opens a list item; what comes before it is the previous item's.
  if (person.start > tokens[first]!.start && text[person.start - 1] === 'و') return undefined;
  let from = first;
  for (let k = first - 1; k >= Math.max(0, first - MAX_BEFORE); k--) {
    const t = tokens[k]!;
    const gap = text.slice(t.end, k + 1 === first ? person.start : tokens[k + 1]!.start);
    // "وزير الصناعة المغربي، رياض مزور": one comma may stand right before the name.
    const commaBeforeName = k + 1 === first && /^\s*[،,]\s*$/.test(gap);
    if ((PUNCTUATION.test(gap) && !commaBeforeName) || t.norm === 'و' || insidePerson(facts, t, person) || isClauseWord(facts, t) || /\d/.test(t.text)) break;
    // "… مباحثات مع الرئيس الإماراتي X": a preposition or particle ends the phrase ("مع", "من"), a joiner does not,
    // nor one that closes a title written with it ("المشرف العام على مركز …").
    if (isParticle(t) && !roleEndsAt(ctx, facts, k)) break;
    from = k;
    if (gluedConjunctionTitle(ctx, facts, k)) break;
  }
  if (from === first) return undefined;
  const window = tokens.slice(from, first);
  // "مركز الملك سلمان للإغاثة": a title word inside a body's name is that body's name, not an office.
  const role = languageLexicon('ar').titles.match(text, window).find((m) => isRole(m.entry.payload.kind) && !insideBody(facts, m));
  if (!role) return undefined;
  // "X وزير الخارجية، Y": a title that follows another name and is cut from this one by a comma is the other's.
  const comma = /[،,]/.test(text.slice(tokens[first - 1]!.end, person.start));
  const previous = tokens[from + role.firstToken - 1];
  if (comma && previous && insidePerson(facts, previous, person) && !/[،,.]/.test(text.slice(previous.end, role.start))) return undefined;
  // "سامح شكري وزير الخارجية المصري فيسنا بوسيتش نائبة رئيس الوزراء": a title between two names, when this name has
  // its own title after it, is the previous name's.
  if (previous && insidePerson(facts, previous, person) && /^\s*$/.test(text.slice(previous.end, role.start)) && hasTitleAfter(ctx, facts, person)) return undefined;
  return { start: role.start, end: tokens[first - 1]!.end };
}

function roleEndsAt(ctx: RelationContext, facts: SentenceFacts, k: number): boolean {
  const tokens = facts.view.tokens;
  const from = Math.max(0, k - 3);
  return languageLexicon('ar').titles.match(ctx.doc.text, tokens.slice(from, k + 1)).some((m) => isRole(m.entry.payload.kind) && from + m.lastToken - 1 === k);
}

function insideBody(facts: SentenceFacts, span: Span): boolean {
  return facts.mentions.some((m) => m.type === 'Organization' && m.start <= span.start && span.end <= m.end);
}

function hasTitleAfter(ctx: RelationContext, facts: SentenceFacts, person: ResolvedMention): boolean {
  const tokens = facts.view.tokens;
  let last = tokens.findIndex((t) => t.end > person.start);
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= person.end) last++;
  return last >= 0 && !!titleAfter(ctx, facts, person, last, true);
}

function titleAfter(ctx: RelationContext, facts: SentenceFacts, person: ResolvedMention, last: number, nested = false): Span | undefined {
  const tokens = facts.view.tokens;
  const text = ctx.doc.text;
  const k = last + 1;
  const next = tokens[k];
  if (!next || !/^\s*["»”']?\s*[،,]?\s*$/.test(text.slice(person.end, next.start))) return undefined;
  const lex = languageLexicon('ar');
  const role = lex.titles.match(text, tokens.slice(k, k + 4))[0];
  if (!role || role.firstToken !== 0 || role.start > next.start || !isRole(role.entry.payload.kind)) return undefined;
  let end = k;
  for (let j = k; j < Math.min(tokens.length, k + MAX_AFTER); j++) {
    const t = tokens[j]!;
    if (j > k) {
      if (PUNCTUATION.test(text.slice(tokens[j - 1]!.end, t.start))) break;
      if (t.norm === 'و' || insidePerson(facts, t, person) || isClauseWord(facts, t) || /\d/.test(t.text)) break;
      if (isParticle(t)) break;
      // "رئيس بعثة مجلس التعاون في اليمن": "في" and "لدى" join a title only before a place or a body.
      if (JOINERS.has(t.norm) && !placeAt(facts, tokens[j + 1])) break;
      // Portfolios are coordinated ("وزير الصناعة والاستثمار والتجارة"), and so are one person's offices ("نائبة رئيس
      // الوزراء ووزيرة خارجية كرواتيا"); after a demonym, "و" starts another phrase.
      const coordinatedOffice = gluedConjunctionTitle(ctx, facts, j) && portfolio(facts, tokens[j - 1]!);
      if (t.norm.startsWith('و') && !coordinatedOffice && !rootWaw(ctx, facts, t) && !(t.norm.startsWith('وال') && (portfolio(facts, tokens[j - 1]!) || closesPhrase(facts, text, j)))) break;
    }
    end = j;
  }
  const span = { start: role.start, end: tokens[end]!.end };
  // "استقبل الملك سلمان وزير الخارجية المصري سامح شكري": a title followed at once by a name is that name's.
  const after = tokens[end + 1];
  if (after && !PUNCTUATION.test(text.slice(span.end, after.start))) {
    const honorifics = lex.titles.match(text, tokens.slice(end + 1, end + 5)).filter((m) => m.entry.payload.kind === 'honorific' && m.firstToken === 0);
    const nameAt = honorifics.length ? tokens[end + 1 + honorifics[0]!.lastToken] : after;
    const next = nameAt && facts.mentions.find((m) => m.type === 'Person' && m.entityId !== person.entityId && m.start <= nameAt.start && nameAt.start < m.end);
    // "استقبل سامح شكري وزير الخارجية المصري فيسنا بوسيتش نائبة رئيس الوزراء …": unless that name has its own title after it.
    if (next && (nested || !hasTitleAfter(ctx, facts, next))) return undefined;
  }
  return span;
}

/** A word whose و is its own first letter, not "and": a body's name or head starts there ("المتحدث باسم وزارة الخارجية"). */
function rootWaw(ctx: RelationContext, facts: SentenceFacts, t: Token): boolean {
  if (facts.mentions.some((m) => m.type !== 'Person' && m.start === t.start)) return true;
  return languageLexicon('ar').orgHeads.match(ctx.doc.text, [t]).some((h) => h.start === t.start);
}

function placeAt(facts: SentenceFacts, t: Token | undefined): boolean {
  return !!t && facts.mentions.some((m) => m.type !== 'Person' && m.start < t.end && t.start < m.end);
}

/** A definite word of a title that is not a country's demonym ("الصناعة", not "المصري"). */
function portfolio(facts: SentenceFacts, t: Token): boolean {
  return /^(?:و?ال)/.test(t.norm) && !facts.mentions.some((m) => m.type === 'Country' && m.start < t.end && t.start < m.end);
}

/** Token j is the last word of a phrase: punctuation or the sentence end follows, or a country or a name. */
function closesPhrase(facts: SentenceFacts, text: string, j: number): boolean {
  const tokens = facts.view.tokens;
  const next = tokens[j + 1];
  if (!next || PUNCTUATION.test(text.slice(tokens[j]!.end, next.start))) return true;
  return facts.mentions.some((m) => (m.type === 'Country' || m.type === 'Person') && m.start <= next.start && next.start < m.end);
}
