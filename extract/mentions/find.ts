// The mention stage: CleanDocument → Mention[]. Runs every rule over each extractable sentence,
// then keeps one reading per stretch of text (the longest; on ties the most confident).
import type { CleanDocument, Language, Mention } from '../../model/types.js';
import type { ExtractionResources } from '../resources.js';
import { tokenize } from '../text/tokenize.js';
import { withoutConjunction } from './conjunction.js';
import { oneTypePerName } from './consistency.js';
import { combineWithRules, learnedMentions } from './learned.js';
import { lexiconMentions } from './lexicon.js';
import { personMentions } from './persons.js';
import { acronymDefinitions, eventMentions, numberedEvents, organizationMentions } from './phrases.js';
import type { MentionContext, MentionRule, SentenceView } from './types.js';


const RULES: MentionRule[] = [lexiconMentions, personMentions, organizationMentions, eventMentions, numberedEvents, acronymDefinitions];

export function mentionContext(doc: CleanDocument, resources: ExtractionResources): MentionContext {
  return { doc, entities: resources.entities, language: resources.language, names: resources.names, taggers: resources.taggers, preferred: resources.preferred, weakRules: resources.weakRules };
}

/** The sentences the rules may read (boilerplate paragraphs excluded), as token views. */
export function sentenceViews(ctx: MentionContext): SentenceView[] {
  const { doc } = ctx;
  const views: SentenceView[] = [];
  doc.sentences.forEach((sentence, index) => {
    if (!doc.paragraphs[sentence.paragraph]?.extract) return;
    const tokens = tokenize(doc.text, sentence.start, sentence.end);
    if (tokens.length === 0) return;
    const lexiconMatches = ctx.entities.gazetteer.match(doc.text, tokens);
    const lexiconAt = new Map<number, (typeof lexiconMatches)[number]>();
    for (const m of lexiconMatches) for (let k = m.firstToken; k < m.lastToken; k++) lexiconAt.set(k, m);
    views.push({ index, sentence, lang: ruleLanguage(sentence.lang, doc.lang, doc.text.slice(sentence.start, sentence.end)), tokens, lexiconMatches, lexiconAt });
  });
  return views;
}

function ruleLanguage(sentenceLang: string, docLang: string, text: string): Language {
  if (sentenceLang === 'fr' || sentenceLang === 'ar' || sentenceLang === 'en') return sentenceLang;
  if (/[\u0600-\u06FF]/.test(text)) return 'ar';
  return docLang === 'en' ? 'en' : 'fr';
}

export function findMentions(ctx: MentionContext, views = sentenceViews(ctx)): Mention[] {
  const candidates: Mention[] = [];
  const learned: Mention[] = [];
  for (const view of views) {
    for (const rule of RULES) candidates.push(...rule(view, ctx));
    learned.push(...learnedMentions(view, ctx));
  }
  return oneTypePerName(withoutConjunction(selectNonOverlapping(combineWithRules(candidates, learned, (lang) => ctx.preferred?.[lang as Language] ?? 'rules', (lang) => ctx.weakRules?.[lang as Language] ?? [])), ctx), ctx);
}

/** Longest first, then most confident, then earliest; a mention overlapping a kept one is dropped. */
export function selectNonOverlapping(candidates: Mention[]): Mention[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start || a.ruleId.localeCompare(b.ruleId),
  );
  // Kept mentions never overlap, so a map of covered offsets answers "does it overlap a kept one?" in O(length)
  // instead of a scan of every kept mention (quadratic on long documents, issue 15).
  const covered = new Uint8Array(ordered.reduce((max, m) => Math.max(max, m.end), 0) + 1);
  const kept: Mention[] = [];
  for (const m of ordered) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) if (covered[i]) free = false;
    if (!free) continue;
    covered.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
