// Mentions proposed by the learned NER tagger (extract/ner), mapped to the product's types, and how
// they combine with the rule and lexicon mentions: lexicon-linked names keep their ids and types; the
// tagger wins where it is the more precise reader (an organisation named after a place, a rule span that
// runs over several names); elsewhere the rules win an overlap and the rest is the union.
import type { Mention } from '../../model/types.js';
import type { NerSpan } from '../ner/types.js';
import { normalizeName } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { isCapsLine } from '../ner/features.js';
import { companyStart } from './company.js';
import type { MentionContext, MentionRule, SentenceView } from './types.js';
import { connectorMatches } from './view.js';

/** Article-bearing proclitics are always clitics; a bare و/ب/ل/ك/ف only when the rest is a known word. */
const ARTICLE_CLITIC = /^(?:وبال|وال|بال|فال|كال|ولل|لل)/;
const BARE_CLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

export const learnedMentions: MentionRule = (view, ctx) => {
  const tagger = ctx.taggers?.[view.lang];
  if (!tagger) return [];
  const text = ctx.doc.text;
  const { spans } = tagger.tag({ text, start: view.sentence.start, end: view.sentence.end, projectTokens: view.tokens, entityMatches: view.lexiconMatches });
  const out: Mention[] = [];
  for (const whole of spans) {
    for (const span of splitCoordination(whole, view, ctx)) {
      const m = toMention(span, view, ctx, tagger.ruleId);
      if (m) out.push(m);
    }
  }
  // A name widened to its whole company name swallows the tagger's shorter pieces of it.
  return out.filter((m) => !out.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
};

/**
 * "Air France and Royal Air Maroc" read as one organisation: a tagger name holding a coordination ("and", "et",
 * "و") whose right side starts a name the lexicons know is two names, cut at the connector.
 */
function splitCoordination(span: NerSpan, view: SentenceView, ctx: MentionContext): NerSpan[] {
  if (span.type !== 'ORG') return [span];
  const text = ctx.doc.text;
  const connectors = connectorMatches(view, ctx.language(view.lang), text).filter((c) => c.entry.payload.kind === 'and' && c.start > span.start && c.end < span.end);
  for (const c of connectors) {
    const right = view.lexiconMatches.find((m) => m.firstToken === c.lastToken && m.end <= span.end);
    if (!right) continue;
    return [
      { ...span, end: view.tokens[c.firstToken - 1]?.end ?? c.start },
      { ...span, start: right.start },
    ].filter((x) => x.end > x.start);
  }
  return [span];
}

function toMention(span: NerSpan, view: SentenceView, ctx: MentionContext, ruleId: string): Mention | undefined {
  const text = ctx.doc.text;
  let { start, end } = span;
  // Quotes, brackets and dashes at the edges are not part of a name.
  const raw = text.slice(start, end);
  const lead = raw.length - raw.replace(/^[\s"'«»“”()[\]\-–—,;:]+/u, '').length;
  const trail = raw.length - raw.replace(/[\s"'«»“”()[\]\-–—,;:]+$/u, '').length;
  start += lead;
  end -= trail;
  // A possessive ending is not part of the name ("Ghana's Foreign Minister": the name is Ghana).
  const possessive = /\p{L}(\s?['’]s?)$/u.exec(text.slice(start, end));
  if (possessive) end -= possessive[1]!.length;
  if (end <= start) return undefined;
  const lex = ctx.language(view.lang);
  let tokens = tokenize(text, start, end);
  if (tokens.length === 0) return undefined;
  // A name ending in a company suffix ("General Motors Corp") is an organisation whatever the model says.
  const company = lex.orgSuffixes.has(tokens[tokens.length - 1]!.norm);
  let nerType = tokens.length > 1 && company ? 'ORG' : span.type;
  if (company && nerType === 'ORG' && !tokens[0]!.arabic) {
    start = companyStart(text, start, view.tokens, lex);
    tokens = tokenize(text, start, end);
  }
  if (nerType !== 'PER' && tokens.length > 1 && beforePersonRelative(text, end, view, lex)) nerType = 'PER';
  // Initials alone ("M.P.", "J") name no one; one word in capitals outside a line in capitals ("AMR", "SHV")
  // is an acronym, which in news names a body far more often than a person.
  if (nerType === 'PER' && !tokens[0]!.arabic) {
    const raw = text.slice(start, end);
    if (/^(?:\p{Lu}\.\s?){1,3}$|^\p{Lu}$/u.test(raw)) return undefined;
    if (tokens.length === 1 && /^\p{Lu}{2,}$/u.test(raw) && !isCapsLine(view.tokens.map((t) => t.text))) nerType = 'ORG';
  }
  // Titles and honorifics stacked before a person ("President", "M.", "السيد") are not the name, nor is an
  // institution's head word glued to it ("Senate Reagan": the Senate, then Reagan).
  if (nerType === 'PER') {
    for (let guard = 0; guard < 4 && tokens.length > 1; guard++) {
      const title = lex.titles.match(text, tokens)[0];
      const head = lex.orgHeads.match(text, tokens.slice(0, 1))[0];
      if (title && title.firstToken === 0) tokens = tokens.slice(title.lastToken);
      else if (head && /^\p{Lu}/u.test(tokens[0]!.text)) tokens = tokens.slice(1);
      else break;
    }
    // A function word is never the end of a name ("لقاء كيري ووانغ أن وزير …", "ولافروف في اجتماع").
    while (tokens.length > 1 && tokens[tokens.length - 1]!.arabic && lex.stopwords.has(tokens[tokens.length - 1]!.norm)) tokens = tokens.slice(0, -1);
    if (tokens.length === 0) return undefined;
    start = Math.max(start, tokens[0]!.start);
    end = Math.min(end, tokens[tokens.length - 1]!.end);
  }
  if (tokens[0]!.arabic) start = trimProclitic(text, start, tokens[0]!.end, ctx);
  const surface = text.slice(start, end);
  if (!/\p{L}/u.test(surface)) return undefined;
  if (!tokens.some((t) => t.arabic) && !/\p{Lu}/u.test(surface)) return undefined; // Latin names are capitalised
  if (tokens.every((t) => lex.stopwords.has(t.norm) || lex.nonNames.has(t.norm))) return undefined;
  // One word that is a head, a title or a document kind alone ("Forum", "منتدى", "MoU") names nothing.
  if (tokens.length === 1 && isCommonHead(text, tokens, ctx, view)) return undefined;
  let type: Mention['type'];
  if (nerType === 'PER') type = 'Person';
  else if (nerType === 'ORG') type = 'Organization';
  else if (nerType === 'LOC') type = 'Location';
  else if (lex.eventHeads.match(text, tokens).length > 0) type = 'Event';
  else return undefined; // other MISC names (works, products, nationalities) are not product entities
  const confidence = Math.round(span.confidence * 1000) / 1000;
  return { start, end, surface, type, lang: view.lang, ruleId, confidence };
}

/** "X Y, who …": the word after the name (a comma between allowed) is a relative pronoun only persons take. */
function beforePersonRelative(text: string, end: number, view: SentenceView, lex: ReturnType<MentionContext['language']>): boolean {
  if (!/^\s*,?\s*\S/u.test(text.slice(end, end + 4))) return false;
  const next = view.tokens.find((t) => t.start >= end);
  if (!next || !/^\s*,?\s*$/u.test(text.slice(end, next.start))) return false;
  return lex.personRelatives.has(next.norm);
}

function isCommonHead(text: string, tokens: ReturnType<typeof tokenize>, ctx: MentionContext, view: SentenceView): boolean {
  const lex = ctx.language(view.lang);
  if (lex.orgSuffixes.has(tokens[0]!.norm)) return true; // "Corp", "Ltd" alone
  return [lex.orgHeads, lex.eventHeads, lex.titles, lex.agreementKinds].some((g) => g.match(text, tokens).some((m) => m.lastToken - m.firstToken === tokens.length));
}

const documentWords = new WeakMap<MentionContext['doc'], Set<string>>();

/** Every normalised Arabic word of the document, to tell "ومحمد" (and Mohammed) from "وليد" (Walid). */
function wordsOf(ctx: MentionContext): Set<string> {
  let words = documentWords.get(ctx.doc);
  if (!words) {
    words = new Set(tokenize(ctx.doc.text).filter((t) => t.arabic).map((t) => t.norm));
    documentWords.set(ctx.doc, words);
  }
  return words;
}

/**
 * The tagger learned ANERcorp's spans, which keep attached proclitics ("والمغرب"); product mentions start
 * at the name. A bare one-letter proclitic is cut only when the rest is a known name or a word the
 * document also writes on its own ("ومحمد" → "محمد", but "واشنطن" and "وليد" stay whole).
 */
function trimProclitic(text: string, start: number, wordEnd: number, ctx: MentionContext): number {
  const word = normalizeName(text.slice(start, wordEnd));
  const article = word.match(ARTICLE_CLITIC)?.[0];
  if (article && word.length - article.length >= 2) {
    // "لل" stands for "ل" + the article: the span keeps the second ل, as the lexicon mentions do.
    return start + (article.endsWith('لل') ? article.length - 1 : article.length - 2);
  }
  const wholeKnown = ctx.names.arabic.has(word) || ctx.entities.gazetteer.match(word, tokenize(word)).length > 0;
  if (wholeKnown) return start;
  // "وكارتر" is و + كارتر, not وك + ارتر: every clitic reading is tried, the longest first.
  for (const bare of BARE_CLITICS) {
    if (!word.startsWith(bare) || word.length - bare.length < 3) continue;
    const rest = word.slice(bare.length);
    // An organisation head or a title after the clitic ("لوزارة" = ل + وزارة) starts a name as surely as a known name does.
    const lex = ctx.language('ar');
    const restTokens = tokenize(rest);
    const head = lex.orgHeads.match(rest, restTokens).length > 0 || lex.titles.match(rest, restTokens).length > 0;
    if (head || ctx.names.arabic.has(rest) || ctx.entities.gazetteer.match(rest, restTokens).length > 0 || wordsOf(ctx).has(rest)) return start + bare.length;
  }
  return start;
}

export type PreferredSource = 'tagger' | 'rules';

/**
 * A name only the tagger sees needs a margin above a tie (confidence 0.5 = tie, 0.82 = the median on
 * dev); a one-word name a little more (capitalised common nouns in headings and lists look like surnames).
 * One-word threshold measured with the retrained models (`eval --ner … --dev`; entities of `npm run eval:dev`):
 * 0.7 → 0.65: anercorp 72.1 → 73.4, gum-wikinews 70.8 → 71.0, en annotations 89.1 → 89.3, sequoia 70.1 → 70.7,
 * ar annotations 82.6 → 83.2, fr annotations 81.4 = 81.4; domain entities P 88.5 → 88.2, F1 88.8 → 88.6.
 * 0.6 gains more on the NER sets (anercorp 74.4) but costs domain precision (87.8).
 */
const MIN_ALONE_CONFIDENCE = 0.6;
const MIN_ALONE_ONE_WORD = 0.65;

/**
 * Rule and lexicon candidates with the tagger's. A tagger span overlapping a lexicon-linked mention
 * yields to it, unless it is an organisation that contains a place name ("Air France", "Bank of Japan").
 * A rule span holding two or more tagger names is a run-on and yields to them. Where a rule span and a
 * tagger span of the same type overlap, the language's more precise source (sources.json) wins; of
 * different types, the rule (anchored by a title, a head word) wins. Tagger spans touching no rule are added.
 */
export function combineWithRules(
  rules: Mention[],
  learned: Mention[],
  prefer: (lang: Mention['lang']) => PreferredSource,
  weakRules: (lang: Mention['lang']) => string[] = () => [],
): Mention[] {
  const dropped = new Set<Mention>();
  const kept = new Set<Mention>();
  const inside = (a: Mention, b: Mention) => a.start >= b.start && a.end <= b.end;
  // Mentions sorted by start, so the ones overlapping a span are found by binary search and a scan bounded by
  // the longest mention: linear in the document, not rules × learned.
  const rulesIndex = spanIndex(rules);
  const learnedIndex = spanIndex(learned);
  for (const l of learned) {
    const against = rulesIndex.overlapping(l.start, l.end);
    if (against.length === 0) {
      if (l.confidence >= (/\s/.test(l.surface) ? MIN_ALONE_CONFIDENCE : MIN_ALONE_ONE_WORD)) kept.add(l);
      continue;
    }
    const linked = against.filter((r) => r.lexiconId || r.anaphor);
    if (linked.length) {
      const place = (r: Mention) => (r.type === 'Country' || r.type === 'Location') && r.ruleId !== 'lexicon.country.demonym' && inside(r, l) && r.end - r.start < l.end - l.start;
      // Beside the places, a shorter unlinked organisation phrase inside the name ("Maroc [Numeric Cluster]") yields too.
      const part = (r: Mention) => place(r) || (!r.lexiconId && !r.anaphor && r.type === 'Organization' && inside(r, l) && r.end - r.start < l.end - l.start);
      // A place glued by a hyphen into a longer name ("Oxfam-Québec", "Ferri-Colombo") is part of that name.
      const hyphenated = (r: Mention) => place(r) && (l.surface.includes('-') && /\p{L}-\p{L}/u.test(l.surface));
      if ((l.type === 'Organization' && against.every(part) && !coordinated(l, against.filter(place))) || (l.type !== 'Organization' && against.every(hyphenated))) {
        for (const r of against) dropped.add(r);
        kept.add(l);
      }
      continue;
    }
    // An organisation phrase opened by a common noun ("réseau de la Société X", "administration de Banque Y")
    // around one capitalised name the tagger reads as an organisation: the name is the organisation.
    const lowerHead = (r: Mention) => r.ruleId.startsWith('org.head') && /^\p{Ll}/u.test(r.surface) && l.type === 'Organization' && inside(l, r) && l.start > r.start && /^\p{Lu}/u.test(l.surface);
    const runOn = against.find((r) => r.ruleId.startsWith('org.head') && (learnedIndex.overlapping(r.start, r.end).filter((x) => inside(x, r)).length >= 2 || lowerHead(r)));
    if (runOn) {
      dropped.add(runOn);
      for (const x of learnedIndex.overlapping(runOn.start, runOn.end)) if (inside(x, runOn)) kept.add(x);
      continue;
    }
    // Rules measured less precise than the tagger yield to its name, unless it is a shorter piece of theirs.
    const weak = (r: Mention) => !(inside(l, r) && l.end - l.start < r.end - r.start) && weakRules(l.lang).some((x) => r.ruleId.startsWith(x));
    if (against.every(weak)) {
      for (const r of against) dropped.add(r);
      kept.add(l);
      continue;
    }
    if (prefer(l.lang) === 'tagger' && against.every((r) => r.type === l.type)) {
      for (const r of against) dropped.add(r);
      kept.add(l);
    }
  }
  return [...rules.filter((r) => !dropped.has(r)), ...kept];
}

/** "Tunisia and Morocco" read as one organisation: places inside the name joined by a lower-case word ("and", "et", "و"). */
function coordinated(name: Mention, places: Mention[]): boolean {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const between = name.surface.slice(sorted[i - 1]!.end - name.start, sorted[i]!.start - name.start);
    if (/^\s*(?:\p{Ll}+\s+|و)$/u.test(between) || /^\s*,\s*$/u.test(between)) return true;
  }
  return false;
}

/** Mentions overlapping [start, end), in their original order, without scanning them all. */
function spanIndex(mentions: Mention[]): { overlapping(start: number, end: number): Mention[] } {
  const order = mentions.map((_, i) => i).sort((a, b) => (mentions[a]?.start ?? 0) - (mentions[b]?.start ?? 0) || a - b);
  const starts = order.map((i) => mentions[i]?.start ?? 0);
  const longest = mentions.reduce((max, m) => Math.max(max, m.end - m.start), 0);
  return {
    overlapping(start, end) {
      // First position whose start is ≥ end: everything overlapping lies before it, and starts after start - longest.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] ?? 0) < end) lo = mid + 1;
        else hi = mid;
      }
      const found: number[] = [];
      for (let k = lo - 1; k >= 0 && (starts[k] ?? 0) > start - longest - 1; k--) {
        const i = order[k] ?? 0;
        const m = mentions[i];
        if (m && m.start < end && start < m.end) found.push(i);
      }
      return found.sort((a, b) => a - b).map((i) => mentions[i] as Mention);
    },
  };
}
