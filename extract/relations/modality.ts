// The modality of a trigger's clause: "would meet … next week", "will visit", "is scheduled to sign" report a plan,
// "did not sign" a negation, whatever the trigger word's own mode. English clauses are read with compromise (tense,
// auxiliary, negation of the verb phrase holding the trigger); in every language a plan cue written just before the
// trigger ("scheduled to", "من المقرر أن", "devrait") makes it planned. Only verb triggers are re-read.
import { createRequire } from 'node:module';
import type { Connector, SentenceFacts, Trigger } from './types.js';

const FUTURE_AUXILIARIES = /^(?:will|would|shall|'ll|’ll|is going to|are going to|was going to|were going to)$/i;
const MODAL_WORDS = /\b(?:will|would|shall|going to|not|never)\b|n['’]t\b|['’]ll\b/i;
/** How far (in characters) before a verb trigger a future auxiliary or a negation is looked for. */
const MODAL_REACH = 40;
/** How far (in characters) a plan cue may stand before the trigger: "is scheduled to meet", "من المقرر أن يوقع". */
const PLAN_CUE_REACH = 24;

interface VerbPhrase {
  start: number;
  end: number;
  future: boolean;
  negative: boolean;
}

/** The triggers of a sentence with the mode their clause gives them. */
export function withModality(text: string, facts: Pick<SentenceFacts, 'view' | 'lang' | 'connectors'>, triggers: Trigger[]): Trigger[] {
  const verbs = triggers.filter((t) => t.mode === 'verb');
  if (verbs.length === 0) return triggers;
  const { start, end } = facts.view.sentence;
  // compromise costs about a third of English extraction time when run on every sentence with a trigger: only a
  // future auxiliary or a negation in the words just before a verb trigger ("would not be able to meet") can
  // change its mode (a "not" elsewhere in the sentence cost a parse for nothing: a sixth of English extraction).
  const modalNear = verbs.some((t) => MODAL_WORDS.test(text.slice(Math.max(start, t.start - MODAL_REACH), t.end)));
  const phrases = facts.lang === 'en' && modalNear ? verbPhrases(text.slice(start, end), start) : [];
  return triggers.map((t) => {
    if (t.mode !== 'verb') return t;
    const phrase = phrases.find((p) => p.start < t.end && t.start < p.end);
    if (phrase?.negative) return { ...t, mode: 'negation' };
    if (phrase?.future || planCueBefore(text, facts.connectors, t)) return { ...t, mode: 'planned' };
    return t;
  });
}

function planCueBefore(text: string, connectors: Connector[], t: Trigger): boolean {
  return connectors.some((c) => c.kind === 'plan' && c.end <= t.start && t.start - c.end <= PLAN_CUE_REACH && !/[.;:!?؟،,]/.test(text.slice(c.end, t.start)));
}

type Nlp = typeof import('compromise').default;
let nlpOnce: Nlp | undefined;
/** compromise, loaded on first need (its lexicon costs ~0.3 s per thread; Arabic and French builds never need it). */
function nlp(text: string): ReturnType<Nlp> {
  nlpOnce ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlpOnce(text);
}

/** Verb phrases of an English sentence with their offsets in the document. */
function verbPhrases(sentence: string, offset: number): VerbPhrase[] {
  const out: VerbPhrase[] = [];
  for (const v of nlp(sentence).verbs().json({ offset: true }) as CompromiseVerb[]) {
    if (!v.offset || !v.verb) continue;
    const aux = (v.verb.auxiliary ?? '').trim();
    out.push({
      start: offset + v.offset.start,
      end: offset + v.offset.start + v.offset.length,
      future: v.verb.grammar?.tense === 'FutureTense' || FUTURE_AUXILIARIES.test(aux),
      negative: !!v.verb.negative,
    });
  }
  return out;
}

interface CompromiseVerb {
  offset?: { start: number; length: number };
  verb?: { auxiliary?: string; negative?: boolean; grammar?: { tense?: string } };
}
