// MEMBER_OF from lists: the states a body's name introduces ("les quatre pays membres de l'OMVS – le Sénégal, la
// Mauritanie, le Mali et la Guinée –", "دول مجموعة بريكس (البرازيل وروسيا والهند)", "the Group of Seven … including
// the United States and West Germany", "members of X: A, B and C"), and the list written before "members of X"
// ("A, B and C are members of X"). Only an unbroken list of at least two states counts.
import type { Relation } from '../../model/types.js';
import type { ResolvedMention } from '../resolve/types.js';
import { isNegated, makeRelation } from './evidence.js';
import type { RelationContext, SentenceFacts } from './types.js';

/** Between two items of a list: a comma, "and" (glued in Arabic: "وروسيا"), an article. */
const SEPARATOR = /^[\s,،]*(?:(?:and|et|ainsi que|as well as|و)\s*)?(?:(?:the|le|la|les|l['’])\s*)?$/iu;
/** Between the body and its list: brackets, dashes, a colon, an article. */
const OPENING = /^[\s(:–—-]*(?:(?:the|le|la|les|l['’])\s*)?$/iu;
const MAX_WORDS_BEFORE_ENUMERATION = 5;

export function memberLists(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  for (const f of ctx.sentences) {
    if (isNegated(f, 'MEMBER_OF')) continue;
    const bodies = f.mentions.filter((m) => m.type === 'Organization');
    for (const body of bodies) {
      for (const member of listAfter(ctx, f, body)) out.push(makeRelation(ctx.doc, 'MEMBER_OF', member.entityId, body.entityId, [f], 0.7, 'member.list-after'));
    }
    for (const c of f.connectors.filter((x) => x.kind === 'member')) {
      const body = f.mentions.find((m) => m.type === 'Organization' && m.start >= c.end && m.start - c.end <= 6);
      if (!body) continue;
      const list = listEndingAt(ctx, f, c.start);
      if (list.length >= 2) for (const member of list) out.push(makeRelation(ctx.doc, 'MEMBER_OF', member.entityId, body.entityId, [f], 0.7, 'member.list-before'));
    }
  }
  return out;
}

/** The states listed right after a body's name (its acronym in brackets skipped). */
function listAfter(ctx: RelationContext, f: SentenceFacts, body: ResolvedMention): ResolvedMention[] {
  const text = ctx.doc.text;
  let end = body.end;
  // "… du fleuve Sénégal (OMVS) –": the body's own acronym or other mention right after it.
  for (const m of f.mentions) if (m.start >= end && m.entityId === body.entityId && /^[\s(]*$/.test(text.slice(end, m.start))) end = Math.max(end, m.end);
  const countries = f.mentions.filter((m) => m.type === 'Country' && m.start >= end);
  const first = countries[0];
  if (!first) return [];
  if (!opensList(ctx, f, text.slice(end, first.start).replace(/\)/, ''), end, first.start)) return [];
  const list = [first];
  for (const next of countries.slice(1)) {
    if (!SEPARATOR.test(text.slice(list.at(-1)!.end, next.start))) break;
    list.push(next);
  }
  const unique = [...new Map(list.map((m) => [m.entityId, m])).values()].filter((m) => m.entityId !== body.entityId);
  return unique.length >= 2 ? unique : [];
}

/** The gap between a body and the first state opens a list: only punctuation, or a few words ending in "including". */
function opensList(ctx: RelationContext, f: SentenceFacts, gap: string, from: number, to: number): boolean {
  if (OPENING.test(gap)) return true;
  const enumeration = f.connectors.find((c) => c.kind === 'enumeration' && c.start >= from && c.end <= to);
  if (!enumeration) return false;
  const before = ctx.doc.text.slice(from, enumeration.start);
  const after = ctx.doc.text.slice(enumeration.end, to);
  return !/[.;!?؟]/.test(before) && before.trim().split(/\s+/).filter(Boolean).length <= MAX_WORDS_BEFORE_ENUMERATION && OPENING.test(after.replace(/^[\s:,،]+/, ''));
}

/** The unbroken list of states ending right before `at` ("Le Sénégal, la Mauritanie et le Mali, membres de …"). */
function listEndingAt(ctx: RelationContext, f: SentenceFacts, at: number): ResolvedMention[] {
  const text = ctx.doc.text;
  const countries = f.mentions.filter((m) => m.type === 'Country' && m.end <= at);
  const last = countries.at(-1);
  if (!last || !/^[\s,،]*(?:(?:are|sont|sont tous|هي|being)\s+)?(?:(?:all|tous|toutes|des|les)\s+)?$/iu.test(text.slice(last.end, at))) return [];
  const list = [last];
  for (let i = countries.length - 2; i >= 0; i--) {
    if (!SEPARATOR.test(text.slice(countries[i]!.end, list[0]!.start))) break;
    list.unshift(countries[i]!);
  }
  return [...new Map(list.map((m) => [m.entityId, m])).values()];
}
