// Person mentions anchored by titles ("Mme", "السيد", "ministre", "وزير"), appositions
// ("la ministre de X, Name" / "Name, ministre de X") and given-name lexicons.
import type { Mention } from '../../model/types.js';
import type { LanguageLexicon } from '../lexicons/language.js';
import type { Token } from '../text/tokenize.js';
import { isCapitalized, nameExtent } from './names.js';
import type { MentionContext, MentionRule, SentenceView } from './types.js';
import { connectorMatches } from './view.js';

const ROLE_SCAN_TOKENS = 30;
const QUOTE = /["«»“”„']/;

export const personMentions: MentionRule = (view, ctx) => {
  const text = ctx.doc.text;
  const lex = ctx.language(view.lang);
  const out: Mention[] = [];
  const tokens = view.tokens;
  const taken = new Set<number>();
  const emit = (range: [number, number], ruleId: string, confidence: number, title?: Titled, minTokens = 1) => {
    const [a, b] = range;
    if (b - a < minTokens || [...Array(b - a).keys()].some((k) => taken.has(a + k))) return;
    for (let k = a; k < b; k++) taken.add(k);
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    // A lone Arabic word after a title ("السيد العلمي") is only a short form of a name given in full
    // elsewhere: weak on its own (resolution lifts it), unless it is a given name or quoted ("السيد "لي"").
    if (b - a === 1 && tokens[a]!.arabic && !ctx.names.arabic.has(tokens[a]!.norm) && !QUOTE.test(text.slice(Math.max(0, tokens[a]!.start - 2), tokens[a]!.start))) {
      confidence = Math.min(confidence, 0.45);
    }
    const known = view.lexiconAt.get(a);
    const lexiconId = known && known.entry.payload.type === 'Person' ? known.entry.payload.id : undefined;
    // A lexicon person found through a title keeps its id and wins over the bare lexicon match.
    const mention: Mention = { start, end, surface: text.slice(start, end), type: 'Person', lang: view.lang, ruleId, confidence: lexiconId ? Math.max(confidence, 0.95) : confidence, ...(lexiconId ? { lexiconId } : {}) };
    if (title && title.end > title.start) {
      mention.title = text.slice(title.start, title.end);
      mention.titleSpan = { start: title.start, end: title.end };
    }
    out.push(mention);
  };

  for (const m of lex.titles.match(text, tokens)) {
    const info = m.entry.payload;
    const after = m.lastToken;
    if (info.kind === 'honorific' || info.kind === 'royal') {
      // An honorific is a word of its own: "MS-DOS", "Dr.-Ing." are not "Ms DOS", "Dr Ing".
      if (tokens[after] && !/\s/.test(text.slice(tokens[after - 1]!.end, tokens[after]!.start))) continue;
      const range = nameExtent(view.lang, text, view, after, lex, ctx.names);
      // "جامعة الملك خالد", "King Khalid University": a body named after a person is not that person.
      if (range && namedAfter(text, tokens, m.firstToken, range[1], lex)) continue;
      if (range && startsName(tokens[after])) emit(range, `person.${info.kind}`, 0.9, roleAfter(text, view, range[1], ctx) ?? roleBefore(text, view, m.firstToken, ctx));
      continue;
    }
    // Role: "Name, role ..." (name before), "role ..., Name" (apposition) or "role Name".
    const before = nameBeforeComma(text, view, m.firstToken, ctx);
    if (before) {
      emit(before, 'person.name-comma-role', 0.85, roleText(text, view, m.firstToken), 2);
      continue;
    }
    const direct = tokens[after] && startsName(tokens[after]) ? nameExtent(view.lang, text, view, after, lex, ctx.names) : undefined;
    if (direct && direct[1] - direct[0] >= 2 && (tokens[after]!.arabic ? ctx.names.arabic.has(tokens[after]!.norm) : true)) {
      // "Egyptian President X", "le ministre marocain X": a demonym or country right before the role is part of the title.
      const titleStart = countryBefore(text, view, m.firstToken) ?? tokens[m.firstToken]!.start;
      emit(direct, 'person.role-name', 0.85, { start: titleStart, end: tokens[m.lastToken - 1]!.end });
      continue;
    }
    const apposition = nameAfterRole(text, view, m.lastToken, ctx);
    if (apposition) emit(apposition.range, 'person.role-apposition', 0.8, { start: countryBefore(text, view, m.firstToken) ?? tokens[m.firstToken]!.start, end: apposition.titleEnd }, 1);
  }

  // "his Indian counterpart Sushma Swaraj", "son homologue ghanéen, Kwame Asante": a counterpart is a person, and the
  // capitalised words after it (past a country or its demonym, and one comma) are the name, given name known or not.
  for (const c of connectorMatches(view, lex, text)) {
    if (c.entry.payload.kind !== 'counterpart') continue;
    let k = c.lastToken;
    while (k < tokens.length && k - c.lastToken < 3 && view.lexiconAt.get(k)?.entry.payload.type === 'Country') k++;
    const t = tokens[k];
    if (!t || t.arabic || !isCapitalized(t) || taken.has(k) || view.lexiconAt.has(k)) continue;
    if (!/^\s*,?\s*$/.test(text.slice(tokens[k - 1]!.end, t.start))) continue;
    const range = nameExtent(view.lang, text, view, k, lex, ctx.names);
    if (range && range[0] === k) emit(range, 'person.counterpart', 0.75, undefined, 2);
  }

  // Given names: "Ghita Mezzour", "هشام أمدي" without any title.
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const t = tokens[i]!;
    // Honorifics that belong to the name ("Moulay Hafid", "مولاي الحسن", "Sidi", "Lalla") anchor it like a given name.
    const honorific = ctx.names.honorifics.has(t.norm) && i + 1 < tokens.length;
    const known = honorific || (t.arabic ? ctx.names.arabic.has(t.norm) : isCapitalized(t) && ctx.names.latin.has(t.norm));
    if (!known || lex.nonNames.has(t.norm)) continue;
    const range = nameExtent(view.lang, text, view, i, lex, ctx.names);
    if (!range || range[1] - range[0] < 2) continue;
    // Many Arabic given names are also common words ("أمل", "حسن الجوار"): without a title, the next
    // word must itself look like a name part (a given name, بن/ولد, or a family name with ال).
    const next = tokens[i + 1]!;
    if (t.arabic && !honorific && !(ctx.names.arabic.has(next.norm) || lex.particles.has(next.norm) || next.norm.startsWith('ال'))) continue;
    emit(range, 'person.given-name', t.arabic ? 0.6 : 0.7, roleAfter(text, view, range[1], ctx), 2);
  }
  return out;
};

/** "Egyptian President X", "UN Secretary-General X", "عن الجانب المغربي وزيرة ...": a country or body named just before a role belongs to the title. */
function countryBefore(text: string, view: SentenceView, roleToken: number): number | undefined {
  for (let k = roleToken - 1; k >= Math.max(0, roleToken - 3); k--) {
    const m = view.lexiconAt.get(k);
    if (m && (m.entry.payload.type === 'Country' || m.entry.payload.type === 'Organization')) {
      const between = text.slice(m.end, view.tokens[roleToken]!.start);
      // "ABIDJAN, Côte d'Ivoire — La ministre …": a dash ends the dateline; the country there is not the title's.
      return /[.,;:،؛!?؟()–—]|\s-\s/.test(between) ? undefined : m.start;
    }
  }
  return undefined;
}

interface Titled {
  start: number;
  end: number;
}

function startsName(token: Token | undefined): boolean {
  return !!token && (token.arabic || isCapitalized(token));
}

/** "X Y, ministre de ..." — the name that ends right before a comma preceding the role at `roleToken`. */
function nameBeforeComma(text: string, view: SentenceView, roleToken: number, ctx: MentionContext): [number, number] | undefined {
  const tokens = view.tokens;
  const prev = tokens[roleToken - 1];
  if (!prev || !/^\s*[,،]\s*(?:(?:la|le|l'|the|un|une|a)\s+)?$/i.test(text.slice(prev.end, tokens[roleToken]!.start))) return undefined;
  const lex = ctx.language(view.lang);
  // Walk back over name-like tokens, then check the forward extent reaches the comma.
  for (let start = Math.max(0, roleToken - 6); start < roleToken - 1; start++) {
    const range = nameExtent(view.lang, text, view, start, lex, ctx.names);
    if (range && range[0] === start && range[1] === roleToken && startsName(tokens[start]) && (start === 0 || !startsNameContinuation(tokens[start - 1]!, lex, text))) {
      if (tokens[start]!.arabic && !ctx.names.arabic.has(tokens[start]!.norm)) continue;
      return range;
    }
  }
  return undefined;
}

/** A capitalised word before the candidate start means the name starts earlier; a title ("Mme") does not. */
function startsNameContinuation(previous: Token, lex: LanguageLexicon, text: string): boolean {
  return !previous.arabic && isCapitalized(previous) && lex.titles.match(text, [previous]).length === 0;
}

/** "la ministre déléguée chargée de ..., Amal X" / "الكاتبة العامة لوزارة ... ليليان ماسالا". */
function nameAfterRole(text: string, view: SentenceView, from: number, ctx: MentionContext): { range: [number, number]; titleEnd: number } | undefined {
  const tokens = view.tokens;
  const lex = ctx.language(view.lang);
  const limit = Math.min(tokens.length, from + ROLE_SCAN_TOKENS);
  for (let i = from; i < limit; i++) {
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (/[.;:!?؟]/.test(gap)) return undefined;
    const t = tokens[i]!;
    if (t.arabic) {
      // A name starts at a given name, or at any word followed by "ولد" / "بن" ("الناني ولد اشروقة").
      const nameStart = ctx.names.arabic.has(t.norm) || (lex.particles.has(tokens[i + 1]?.norm ?? '') && !lex.stopwords.has(t.norm) && !lex.nonNames.has(t.norm));
      if (/[،,]/.test(gap) && !nameStart) return undefined;
      if (!nameStart) continue;
    } else {
      if (!/[,،]/.test(gap) || !isCapitalized(t)) continue;
    }
    const range = nameExtent(view.lang, text, view, i, lex, ctx.names);
    if (!range) continue;
    const enough = t.arabic ? range[1] - range[0] >= 2 || QUOTE.test(gap) : range[1] - range[0] >= 2;
    if (enough) return { range, titleEnd: tokens[i - 1]!.end };
    if (!t.arabic) return undefined;
  }
  return undefined;
}

/** The role written right after a name: "X, ministre de l'Économie," / "X، وزير الصناعة،". */
function roleAfter(text: string, view: SentenceView, afterName: number, ctx: MentionContext): Titled | undefined {
  const tokens = view.tokens;
  const next = tokens[afterName];
  if (!next || !/^\s*["»”]?\s*[,،]\s*$/.test(text.slice(tokens[afterName - 1]!.end, next.start))) return undefined;
  const lex = ctx.language(view.lang);
  const m = lex.titles.match(text, tokens.slice(afterName, afterName + 4))[0];
  if (!m || m.firstToken !== 0 || m.entry.payload.kind !== 'role') return undefined;
  return roleText(text, view, afterName);
}

/** "le ministre des Affaires étrangères, M. X" / "وزير الخارجية، السيد X": a role written just before the honorific. */
function roleBefore(text: string, view: SentenceView, honorificToken: number, ctx: MentionContext): Titled | undefined {
  const lex = ctx.language(view.lang);
  const roles = lex.titles.match(text, view.tokens.slice(0, honorificToken)).filter((m) => m.entry.payload.kind === 'role');
  const role = roles[roles.length - 1];
  if (!role) return undefined;
  const start = view.tokens[role.firstToken]!.start;
  const between = text.slice(start, view.tokens[honorificToken]!.start);
  // One phrase: no sentence break, at most two commas, and short enough to be a title.
  if (/[.;:!?؟]/.test(between) || (between.match(/[,،]/g)?.length ?? 0) > 2 || between.length > 160) return undefined;
  return { start, end: start + between.replace(/[\s,،]+$/, '').length };
}

/** The role phrase from `from` to the next comma or the end of the sentence. */
function roleText(text: string, view: SentenceView, from: number): Titled {
  const start = view.tokens[from]!.start;
  const rest = text.slice(start, view.sentence.end);
  const cut = rest.search(/[,،;:("«]| et (?=[A-Z])| and (?=[A-Z])| (?:qui|lequel|laquelle|who|which|الذي|التي|الذين) /);
  const phrase = (cut >= 0 ? rest.slice(0, cut) : rest).replace(/[\s.]+$/, '');
  return { start, end: start + phrase.length };
}

/** An organisation head right before the title ("جامعة" الملك …) or right after the name (… "University"). */
function namedAfter(text: string, tokens: Token[], titleStart: number, nameEnd: number, lex: LanguageLexicon): boolean {
  const before = titleStart > 0 ? lex.orgHeads.match(text, tokens.slice(titleStart - 1, titleStart)) : [];
  const after = nameEnd < tokens.length ? lex.orgHeads.match(text, tokens.slice(nameEnd, nameEnd + 1)) : [];
  return before.length > 0 || after.length > 0;
}
