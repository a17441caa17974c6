// What every relation carries besides its endpoints: the evidence span, the date the text gives it
// (relative expressions resolved against the document date) and whether it happened or is planned.
import type { CleanDocument, Evidence, Relation, RelationType } from '../../model/types.js';
import { findDates } from '../dates/index.js';
import type { SentenceFacts } from './types.js';

export function evidenceOf(doc: CleanDocument, facts: SentenceFacts[]): Evidence {
  const start = Math.min(...facts.map((f) => f.view.sentence.start));
  const end = Math.max(...facts.map((f) => f.view.sentence.end));
  return { start, end, text: doc.text.slice(start, end) };
}

export function datingOf(doc: CleanDocument, facts: SentenceFacts[]): Pick<Relation, 'date' | 'datePrecision' | 'dateInherited'> {
  for (const f of facts) {
    const dates = findDates(doc.text, f.view.sentence.start, f.view.sentence.end, f.lang, doc.date);
    // A date the sentence writes out ("in July 2024") beats a relative one ("on Thursday", often the reporting day);
    // within each, the most precise.
    const absolute = dates.filter((d) => !d.relative);
    const pool = absolute.length ? absolute : dates;
    const best = pool.find((d) => d.precision === 'day') ?? pool[0];
    if (best) return { date: best.value, datePrecision: best.precision, dateInherited: false };
  }
  return doc.date ? { date: doc.date.value, datePrecision: doc.date.precision, dateInherited: true } : {};
}

/** Planned when a planned trigger of the same relation (or of SIGNED for agreements) is in the sentence. */
export function statusOf(facts: SentenceFacts[], type: RelationType): 'done' | 'planned' {
  return facts.some((f) => f.triggers.some((t) => t.mode === 'planned' && (t.relation === type || t.relation === 'SIGNED'))) ? 'planned' : 'done';
}

export function isNegated(f: SentenceFacts, type: RelationType): boolean {
  return f.triggers.some((t) => t.mode === 'negation' && t.relation === type);
}

export function makeRelation(
  doc: CleanDocument,
  type: RelationType,
  source: string,
  target: string,
  facts: SentenceFacts[],
  confidence: number,
  ruleId: string,
  extra: Partial<Relation> = {},
): Relation {
  return {
    type,
    source,
    target,
    ...datingOf(doc, facts),
    status: statusOf(facts, type),
    confidence: Math.round(confidence * 100) / 100,
    ruleId,
    evidence: evidenceOf(doc, facts),
    ...extra,
  };
}
