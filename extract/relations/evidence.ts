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

/** States, not events: dated as of the document, never from a number in their sentence. */
const TIMELESS = new Set<RelationType>(['AFFILIATED_WITH', 'MEMBER_OF', 'LOCATED_IN']);

export interface DatingOptions {
  /** A state, not an event (AFFILIATED_WITH, MEMBER_OF, LOCATED_IN): never dated from a number in its sentence. */
  timeless?: boolean;
}

type Dating = Pick<Relation, 'date' | 'datePrecision' | 'dateInherited'>;

/**
 * The date the text gives the relation. Timeless relations hold as of the document date (inherited).
 * A planned event is dated only by a date after the document date, else left undated; a reported one
 * by its sentence's date, else by the document date (inherited).
 */
export function datingOf(doc: CleanDocument, facts: SentenceFacts[], status: 'done' | 'planned' = 'done', options: DatingOptions = {}): Dating {
  const inherited: Dating = doc.date ? { date: doc.date.value, datePrecision: doc.date.precision, dateInherited: true } : {};
  if (options.timeless) return inherited;
  for (const f of facts) {
    f.dates ??= findDates(doc.text, f.view.sentence.start, f.view.sentence.end, f.lang, doc.date);
    let dates = f.dates;
    if (status === 'planned' && doc.date) dates = dates.filter((d) => isAfter(d.value, doc.date!.value));
    // A date the sentence writes out ("in July 2024") beats a relative one ("on Thursday", often the reporting day);
    // within each, the most precise.
    const absolute = dates.filter((d) => !d.relative);
    const pool = absolute.length ? absolute : dates;
    const best = pool.find((d) => d.precision === 'day') ?? pool[0];
    if (best) return { date: best.value, datePrecision: best.precision, dateInherited: false };
  }
  return status === 'planned' ? {} : inherited;
}

/** True when an ISO date (any precision) lies after the reference: "2024-06" is after "2024-05-16". */
function isAfter(value: string, reference: string): boolean {
  const n = Math.min(value.length, reference.length);
  const a = value.slice(0, n);
  const b = reference.slice(0, n);
  // The same month or year as the article ("later this month") is not in its past.
  return a > b || (a === b && value.length < reference.length);
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
  const timeless = TIMELESS.has(type);
  // A role or a place holds; only events (and joining a body) are planned.
  const status = timeless && type !== 'MEMBER_OF' ? 'done' : statusOf(facts, type);
  return {
    type,
    source,
    target,
    ...datingOf(doc, facts, status, { timeless }),
    status,
    confidence: Math.round(confidence * 100) / 100,
    ruleId,
    evidence: evidenceOf(doc, facts),
    ...extra,
  };
}
