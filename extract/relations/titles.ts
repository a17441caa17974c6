// A person's title read from the text's structure: the office phrase before the name with its
// premodifiers ("U.S. Treasury Secretary", "Saudi Arabia's Oil Minister"), or an apposition after it
// ("X, the UAE's Minister of State for Finance,"). The countries and bodies it names are the holder's.
import type { Span } from '../../model/types.js';
import { languageLexicon } from '../lexicons/language.js';
import { entityLexicon } from '../lexicons/entities.js';
import type { ResolvedMention } from '../resolve/types.js';
import type { Token } from '../text/tokenize.js';
import { arabicTitle } from './arabic-titles.js';
import { officeOf, type Office } from './offices.js';
import type { RelationContext, SentenceFacts } from './types.js';

export interface TitleReading {
  /** The office phrase, normalised: one line, no clause around it, no trailing punctuation. */
  title: string;
  span: Span;
  /** Countries and organisations the phrase names as the holder's. */
  holders: ResolvedMention[];
  office?: Office;
  rule: 'title' | 'apposition';
}

const MAX_TITLE_TOKENS = 14;
/** Words that may join the words of a title ("Minister of State for Foreign Affairs", "ministre de l'Économie et des Finances"). */
const JOINERS = /^(?:of|for|and|the|de|des|du|d|la|le|l|et|en|chargé|chargée|délégué|déléguée|auprès)$/i;

/** The title of a person mention, or nothing when no office phrase is written beside the name. */
export function readTitle(ctx: RelationContext, facts: SentenceFacts, person: ResolvedMention): TitleReading | undefined {
  const tokens = facts.view.tokens;
  const first = tokens.findIndex((t) => t.end > person.start);
  const last = lastTokenBefore(tokens, person.end);
  if (first < 0) return undefined;
  if (facts.lang === 'ar' && tokens[first]!.arabic) {
    const arabic = arabicReading(ctx, facts, person, first, last);
    return arabic && arabic.holders.length === 0 && arabic.span.end <= person.start ? (stackedTitle(ctx, facts, person, arabic) ?? arabic) : arabic;
  }
  let rule: TitleReading['rule'] = 'title';
  let span: Span | undefined = person.titleSpan ? { ...person.titleSpan } : undefined;
  // A title right before a short form the mention stage did not read ("President Reagan").
  span ??= titleJustBefore(ctx, facts, first) ?? titleInside(ctx, facts, first, last);
  if (!span) {
    span = appositionAfter(ctx, facts, last + 1);
    if (span) rule = 'apposition';
  }
  if (!span) return undefined;
  // Titles written before the name take the premodifiers that end right before them.
  if (span.end <= person.start) span.start = extendLeft(ctx, facts, span.start);
  const reading = readingOf(ctx, facts, person, span, rule);
  if (!reading) return undefined;
  // "Ambassador X, the Danish envoy to Tanzania": a title before the name that names no country leaves
  // the apposition after it to say which.
  if (reading.holders.length === 0 && rule === 'title') {
    const after = appositionAfter(ctx, facts, last + 1);
    const more = after && readingOf(ctx, facts, person, after, 'apposition');
    if (more && more.holders.length > 0) return more;
  }
  return reading.holders.length === 0 && span.end <= person.start ? (stackedTitle(ctx, facts, person, reading) ?? reading) : reading;
}

/**
 * "le ministre nigérien de l'Intérieur, le général X" / "المندوب الدائم للسعودية لدى الأمم المتحدة، السفير X": a rank or a
 * bare office before the name, with the office that names the country or body written just before it and a comma
 * between; "le Comité … (CLRT), dont le secrétaire général, X": the body "dont"/"whose" refers to.
 */
function stackedTitle(ctx: RelationContext, facts: SentenceFacts, person: ResolvedMention, reading: TitleReading): TitleReading | undefined {
  const tokens = facts.view.tokens;
  const text = ctx.doc.text;
  const k = tokens.findIndex((t) => t.start >= reading.span.start);
  if (k <= 0) return undefined;
  const lead = text.slice(tokens[k - 1]!.end, reading.span.start);
  const article = /^(?:le|la|l|les|the)$/i.test(tokens[k - 1]!.text) && /^\s*$/.test(lead);
  const j = article ? k - 1 : k;
  if (j <= 0) return undefined;
  const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
  // "(CLRT), dont le secrétaire général, X": the body named right before the relative.
  if (/^(?:dont|whose)$/i.test(tokens[j - 1]!.text) && /^\s*$/.test(gap)) {
    const body = facts.mentions.filter((m) => m.type === 'Organization' && m.end <= tokens[j - 1]!.start && /^[\s),]*$/.test(text.slice(m.end, tokens[j - 1]!.start))).pop();
    return body ? { ...reading, holders: [body] } : undefined;
  }
  if (!/^\s*[,،]\s*$/.test(gap)) return undefined;
  const lex = languageLexicon(facts.lang);
  let from = j - 1;
  // Back to the previous punctuation, a verb, a clause word or a name: the office phrase is what lies between.
  const stops = (t: Token) =>
    facts.mentions.some((m) => m.type === 'Person' && m.start < t.end && t.start < m.end) ||
    facts.triggers.some((x) => x.mode !== 'noun' && x.start < t.end && t.start < x.end) ||
    facts.connectors.some((c) => c.kind === 'title-end' && c.start < t.end && t.start < c.end);
  if (stops(tokens[j - 1]!)) return undefined;
  for (let i = j - 2; i >= Math.max(0, j - 1 - MAX_TITLE_TOKENS); i--) {
    const g = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    if (/[,،.;:()«»"]/.test(g) || stops(tokens[i]!)) break;
    from = i;
  }
  const window = tokens.slice(from, j);
  const role = lex.titles.match(text, window).find((m) => m.entry.payload.kind === 'role');
  if (!role) return undefined;
  const earlier = readingOf(ctx, facts, person, { start: role.start, end: tokens[j - 1]!.end }, 'title');
  return earlier && earlier.holders.length > 0 ? earlier : undefined;
}

/** The office phrase in a span: trimmed to the phrase, with the countries and bodies it names. */
function readingOf(ctx: RelationContext, facts: SentenceFacts, person: ResolvedMention, raw: Span, rule: TitleReading['rule']): TitleReading | undefined {
  const span = trimClause(ctx, facts, raw, person);
  if (span.end <= span.start) return undefined;
  const title = ctx.doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').replace(/^[\s,،]+|[\s,،.:;]+$/g, '');
  if (!title) return undefined;
  const office = officeOf(facts.lang, title);
  return { title, span, holders: holdersIn(ctx, facts, span, office), office, rule };
}

/** Arabic: the title before the name, the one inside a lexicon name, or the one after it; one naming a country or body first. */
function arabicReading(ctx: RelationContext, facts: SentenceFacts, person: ResolvedMention, first: number, last: number): TitleReading | undefined {
  const { before, after } = arabicTitle(ctx, facts, person);
  const inside = titleInside(ctx, facts, first, last);
  // "استقبل رئيس إقليم كردستان X وزير الخارجية القطري": the subject of a verb written first has its title before
  // the name; a title after it is the object's (whose name the story may not write).
  const subject = !!before && facts.triggers.some((t) => t.mode === 'verb' && t.end <= before.start && !facts.mentions.some((m) => m.type === 'Person' && m.start >= t.end && m.end <= before.start));
  const readings = [
    before && readingOf(ctx, facts, person, before, 'title'),
    inside && readingOf(ctx, facts, person, inside, 'title'),
    after && !subject && readingOf(ctx, facts, person, after, 'apposition'),
  ].filter((r): r is TitleReading => !!r);
  return readings.find((r) => r.holders.length > 0) ?? readings.find((r) => r.office) ?? readings[0];
}

function lastTokenBefore(tokens: Token[], end: number): number {
  let k = tokens.length - 1;
  while (k >= 0 && tokens[k]!.end > end) k--;
  return k;
}

function titleJustBefore(ctx: RelationContext, facts: SentenceFacts, first: number): Span | undefined {
  const tokens = facts.view.tokens;
  if (first === 0) return undefined;
  const lex = languageLexicon(facts.lang);
  const window = tokens.slice(Math.max(0, first - 5), first);
  const offset = Math.max(0, first - 5);
  // "la ministre ghanéenne X", "le président sénégalais X": a demonym may stand between the title and the name.
  const demonymsUpTo = (from: number) => {
    for (let k = from; k < first; k++) if (!facts.mentions.some((c) => c.type === 'Country' && c.start <= tokens[k]!.start && tokens[k]!.end <= c.end)) return false;
    return true;
  };
  const m = lex.titles.match(ctx.doc.text, window).filter((x) => x.entry.payload.kind !== 'honorific' && (x.lastToken + offset === first || demonymsUpTo(x.lastToken + offset))).pop();
  if (!m) return undefined;
  const gap = ctx.doc.text.slice(tokens[first - 1]!.end, tokens[first]!.start);
  if (!/^\s*$/.test(gap)) return undefined;
  return { start: m.start, end: Math.max(m.end, tokens[first - 1]!.end) };
}

/** A lexicon name that carries its title ("Sa Majesté le Roi Mohammed VI"): the office is the title. */
function titleInside(ctx: RelationContext, facts: SentenceFacts, first: number, last: number): Span | undefined {
  const inside = facts.view.tokens.slice(first, last + 1);
  const m = languageLexicon(facts.lang).titles.match(ctx.doc.text, inside).filter((x) => x.entry.payload.kind !== 'honorific').pop();
  return m && m.lastToken < inside.length ? { start: m.start, end: m.end } : undefined;
}

/** ", the UAE's Minister of State for Finance," / ", ministre marocain de ..." / "، وزير الخارجية القطري". */
function appositionAfter(ctx: RelationContext, facts: SentenceFacts, next: number): Span | undefined {
  const tokens = facts.view.tokens;
  const text = ctx.doc.text;
  const t = tokens[next];
  if (!t || !/^\s*[,،]\s*$/.test(text.slice(tokens[next - 1]!.end, t.start))) return undefined;
  const lex = languageLexicon(facts.lang);
  const window = tokens.slice(next, next + 8);
  const role = lex.titles.match(text, window).find((m) => m.entry.payload.kind !== 'honorific');
  if (!role) return undefined;
  // Before the role only premodifiers: an article, a country or body, a possessive, capitalised words.
  for (let k = next; k < next + role.firstToken; k++) {
    if (!isPremodifier(ctx, facts, k) && !/^(?:the|a|an|le|la|l|les)$/i.test(tokens[k]!.text)) return undefined;
  }
  const start = tokens[next]!.start;
  const rest = text.slice(start, facts.view.sentence.end);
  const cut = rest.search(/[,،;:()"«»]|\s[-–—]\s/);
  return { start, end: start + (cut >= 0 ? cut : rest.length) };
}

/** Token k is a country or body mention, a possessive "'s", or a capitalised word of a title. */
function isPremodifier(ctx: RelationContext, facts: SentenceFacts, k: number): boolean {
  const t = facts.view.tokens[k]!;
  if (facts.mentions.some((m) => (m.type === 'Country' || m.type === 'Organization') && m.start <= t.start && t.end <= m.end)) return true;
  // "… à Rabat le ministre délégué": a place before a title is where something happens, not a word of the title.
  if (facts.mentions.some((m) => m.type === 'Location' && m.start <= t.start && t.end <= m.end)) return false;
  if (/^s$/i.test(t.text) && /['’]$/.test(ctx.doc.text.slice(t.start - 1, t.start))) return true;
  return !t.arabic && /^\p{Lu}/u.test(t.text) && !facts.mentions.some((m) => m.type === 'Person' && m.start <= t.start && t.end <= m.end);
}

/** Walks left over premodifiers and joiners while no punctuation but the dots of "U.S." intervenes. */
function extendLeft(ctx: RelationContext, facts: SentenceFacts, start: number): number {
  const tokens = facts.view.tokens;
  const text = ctx.doc.text;
  const k = tokens.findIndex((t) => t.start >= start);
  if (k <= 0) return start;
  let best = start;
  let i = k - 1;
  while (i >= 0 && k - i <= MAX_TITLE_TOKENS) {
    const t = tokens[i]!;
    const gap = text.slice(t.end, tokens[i + 1]!.start);
    if (!/^[\s.'’\-]*$/.test(gap)) break;
    if (isPremodifier(ctx, facts, i) && !isSentenceInitialWord(text, facts, i)) {
      best = t.start;
      i--;
      continue;
    }
    // "Minister of State for" — a joiner only between title words.
    if (JOINERS.test(t.text) && i > 0 && isPremodifier(ctx, facts, i - 1)) {
      i--;
      continue;
    }
    break;
  }
  return best;
}

/** The capitalised first word of a sentence is a title word only when it is a country, a body or a title. */
function isSentenceInitialWord(text: string, facts: SentenceFacts, i: number): boolean {
  if (i !== 0) return false;
  const t = facts.view.tokens[0]!;
  if (facts.mentions.some((m) => m.start <= t.start && t.end <= m.end)) return false;
  return languageLexicon(facts.lang).titles.match(text, [t]).length === 0 && !/^(?:Former|Acting|Deputy|Vice)$/i.test(t.text);
}

/** An office phrase stops at a clause word ("during", "خلال", "lors de") and at the name itself; another
 *  person's name bounds it on either side; honorifics at its edges ("الأمير", "M.") are not the office. */
function trimClause(ctx: RelationContext, facts: SentenceFacts, span: Span, person: ResolvedMention): Span {
  let { start, end } = span;
  if (start < person.start && end > person.start) end = person.start;
  const lex = languageLexicon(facts.lang);
  if (end <= person.start) {
    // Before the name: another person or a clause inside the span ("... في قصره أمس وزير الخارجية المصري X",
    // "le ministre X et Mme Y") leaves the office written last, from its first role word after them.
    // A verb ("a reçu", "met") or a counterpart ("son homologue togolais") ends the phrase too: what precedes is
    // another person's clause.
    const cuts = [
      ...facts.connectors.filter((c) => (c.kind === 'title-end' || c.kind === 'counterpart') && c.start > start && c.end < end).map((c) => c.end),
      ...facts.triggers.filter((t) => t.mode !== 'noun' && t.start > start && t.end < end).map((t) => t.end),
      ...facts.mentions.filter((m) => m.type === 'Person' && m.entityId !== person.entityId && m.start >= start && m.end <= end).map((m) => m.end),
    ];
    const lastCut = Math.max(-1, ...cuts);
    if (lastCut >= 0) {
      const inside = facts.view.tokens.filter((t) => t.start >= lastCut && t.end <= end);
      const role = lex.titles.match(ctx.doc.text, inside).find((m) => m.entry.payload.kind !== 'honorific');
      if (!role) return { start, end: start };
      start = role.start;
    }
  } else {
    for (const c of facts.connectors) if (c.kind === 'title-end' && c.start > start && c.start < end) end = c.start;
  }
  for (const m of facts.mentions) {
    if (m.type !== 'Person' || m.entityId === person.entityId) continue;
    if (m.start > start && m.start < end) end = m.start;
    if (m.end > start && m.end <= end && m.start <= start) start = m.end;
  }
  const tokens = facts.view.tokens.filter((t) => t.start >= start && t.end <= end);
  const honorifics = lex.titles.match(ctx.doc.text, tokens)
    .filter((m) => m.entry.payload.kind === 'honorific');
  for (const h of honorifics) if (h.lastToken === tokens.length) end = Math.min(end, h.start);
  for (const h of honorifics) if (h.firstToken === 0 && h.end < end) start = Math.max(start, h.end);
  const text = ctx.doc.text.slice(start, end);
  const lead = text.length - text.replace(/^[\s,،.:;]+/, '').length;
  return { start: start + lead, end: start + text.replace(/[\s,،.:;]+$/, '').length };
}

/** Countries and bodies inside the title, except those it is posted to ("ambassador to Senegal") and media. */
function holdersIn(ctx: RelationContext, facts: SentenceFacts, span: Span, office?: Office): ResolvedMention[] {
  const kinds = entityLexicon().kindOf;
  // "ambassadeur au Sénégal", "représentante de la FAO au Maroc", "سفير ... لدى": where the holder serves. A state's
  // own office "in" a country is that country's ("وزير حقوق الإنسان في اليمن", "مستشار الأمن الوطني في الإمارات").
  const ownOffice = !!office && office.kind !== 'diplomat';
  const postings = facts.connectors.filter((c) => (c.kind === 'posting' || (c.kind === 'in-city' && !ownOffice)) && c.start >= span.start && c.end <= span.end);
  const seen = new Set<string>();
  return facts.mentions.filter((m) => {
    if ((m.type !== 'Country' && m.type !== 'Organization') || m.start < span.start || m.end > span.end) return false;
    if (kinds.get(m.entityId) === 'media' || seen.has(m.entityId)) return false;
    if (postings.some((p) => p.end <= m.start && m.start - p.end <= 12)) return false;
    seen.add(m.entityId);
    return true;
  });
}
