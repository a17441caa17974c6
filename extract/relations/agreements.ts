// Agreement nodes: each instrument a sentence says was signed (or will be) becomes an entity with
// its kind, domain, date, status and parties; the SIGNED edges of that sentence point to it.
import type { Entity, Relation } from '../../model/types.js';
import { languageLexicon } from '../lexicons/language.js';
import { asciiKey } from '../resolve/phonetic.js';
import type { RelationContext, SentenceFacts } from './types.js';

const KIND_LABELS: Record<string, string> = {
  mou: 'Memorandum of understanding',
  convention: 'Convention',
  protocol: 'Protocol',
  framework: 'Framework agreement',
  agreement: 'Agreement',
  programme: 'Programme',
  declaration: 'Declaration',
};
const DOMAIN_CUE = /(?:dans les? domaines? d[eu]s?|en matière d[e']|portant sur|relatif à|relative à|dans le secteur d[eu]s?|في مجال|في مجالات|في ميدان|في قطاع|بشأن|in the fields? of|regarding|concerning|on the)\s+([^,.;:()،؛\n]{3,80})/i;

export function agreementsOf(ctx: RelationContext, signed: Relation[]): { agreements: Entity[]; relations: Relation[] } {
  // Indexes instead of scans, so a document with thousands of signings stays linear (issue 15).
  const agreements = new Map<string, Entity>();
  const seen = new Map<string, { order: number; mentionStarts: Set<number>; aliases: Set<string>; parties: Set<string> }>();
  const firstByParty = new Map<string, Entity>();
  const sentencesIn = sentenceIndex(ctx.sentences);
  const instruments = new Map<string, ReturnType<typeof instrumentIn>>();
  const partiesByEvidence = groupBy(signed, (x) => x.evidence.start);
  const keys = new Map<string, string>();
  const partyKey = (p: string): string => {
    let key = keys.get(p);
    if (key === undefined) keys.set(p, (key = asciiKey(p.replace(/^[a-z]+:/, ''))));
    return key;
  };
  const note = (entity: Entity, party: string): void => {
    const current = firstByParty.get(party);
    if (!current || seen.get(current.id)!.order > seen.get(entity.id)!.order) firstByParty.set(party, entity);
  };
  const relations = signed.map((r) => {
    const span = `${r.evidence.start}:${r.evidence.end}`;
    if (!instruments.has(span)) instruments.set(span, instrumentIn(ctx, sentencesIn(r.evidence.start, r.evidence.end)));
    const found = instruments.get(span);
    if (!found) return r;
    const parties = partiesOf(partiesByEvidence.get(r.evidence.start) ?? [], r);
    // "la convention", "cet accord", "الاتفاقية": a generic or definite mention names the instrument already met.
    const earlier = firstAgreementOf(parties, firstByParty, seen);
    if (earlier && isBackReference(found.surface, found.kind)) {
      const state = seen.get(earlier.id)!;
      if (!state.aliases.has(found.surface)) {
        state.aliases.add(found.surface);
        earlier.aliases.push(found.surface);
      }
      return { ...r, agreement: earlier.id };
    }
    const id = `agreement:${found.kind}-${parties.map(partyKey).sort().join('-').toLowerCase()}${r.date ? `-${r.date}` : ''}`;
    const existing = agreements.get(id);
    const entity: Entity = existing ?? {
      id,
      type: 'Agreement',
      name: `${KIND_LABELS[found.kind] ?? 'Agreement'} ${parties.map((p) => ctx.entities.get(p)?.name ?? p).join(' – ')}${found.domain ? `: ${found.domain}` : ''}`,
      aliases: [],
      confidence: r.confidence,
      mentions: [],
      kind: found.kind,
      ...(found.domain ? { domain: found.domain } : {}),
      ...(r.date ? { date: r.date } : {}),
      status: r.status,
      parties: [],
    };
    if (!existing) {
      agreements.set(id, entity);
      seen.set(id, { order: seen.size, mentionStarts: new Set(), aliases: new Set(), parties: new Set() });
    }
    const state = seen.get(id)!;
    for (const party of [r.source, r.target]) {
      if (state.parties.has(party)) continue;
      state.parties.add(party);
      entity.parties = [...(entity.parties ?? []), party];
      note(entity, party);
    }
    if (!state.mentionStarts.has(found.start)) {
      state.mentionStarts.add(found.start);
      entity.mentions.push({ start: found.start, end: found.end, surface: found.surface, ruleId: 'agreement.kind' });
    }
    if (found.surface !== entity.name && !state.aliases.has(found.surface)) {
      state.aliases.add(found.surface);
      entity.aliases.push(found.surface);
    }
    return { ...r, agreement: id };
  });
  return { agreements: [...agreements.values()], relations };
}

/** The agreement met first (in order of creation) that binds one of these parties. */
function firstAgreementOf(parties: string[], firstByParty: Map<string, Entity>, seen: Map<string, { order: number }>): Entity | undefined {
  let best: Entity | undefined;
  for (const p of parties) {
    const a = firstByParty.get(p);
    if (a && (!best || seen.get(a.id)!.order < seen.get(best.id)!.order)) best = a;
  }
  return best;
}

/** The sentences lying inside [start, end), in document order, found by binary search over sentence starts. */
function sentenceIndex(sentences: SentenceFacts[]): (start: number, end: number) => SentenceFacts[] {
  const order = sentences.map((_, i) => i).sort((a, b) => sentences[a]!.view.sentence.start - sentences[b]!.view.sentence.start || a - b);
  const starts = order.map((i) => sentences[i]!.view.sentence.start);
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const inside: number[] = [];
    for (let k = lo; k < starts.length && starts[k]! < end; k++) if (sentences[order[k]!]!.view.sentence.end <= end) inside.push(order[k]!);
    return inside.sort((a, b) => a - b).map((i) => sentences[i]!);
  };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function isBackReference(surface: string, kind: string): boolean {
  return kind === 'agreement' || /^(?:ال|l'|l’|la |le |les |ce |cet |cette |the |this )/i.test(surface);
}

function instrumentIn(ctx: RelationContext, facts: SentenceFacts[]) {
  for (const f of facts) {
    const m = languageLexicon(f.lang).agreementKinds.match(ctx.doc.text, f.view.tokens)[0];
    if (!m) continue;
    const after = ctx.doc.text.slice(m.end, f.view.sentence.end);
    const domain = DOMAIN_CUE.exec(after)?.[1]?.trim().replace(/\s+/g, ' ');
    return { kind: m.entry.payload.kind || 'agreement', start: m.start, end: m.end, surface: ctx.doc.text.slice(m.start, m.end), domain };
  }
  return undefined;
}

/** The parties an instrument binds: institutions when the sentence names them, else the signatories. */
function partiesOf(same: Relation[], r: Relation): string[] {
  const institutions = same.flatMap((x) => [x.source, x.target]).filter((id) => !id.startsWith('person:'));
  return [...new Set(institutions.length ? institutions : [r.source, r.target])];
}
