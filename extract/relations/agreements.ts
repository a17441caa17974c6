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
  const agreements = new Map<string, Entity>();
  const relations = signed.map((r) => {
    const facts = ctx.sentences.filter((f) => f.view.sentence.start >= r.evidence.start && f.view.sentence.end <= r.evidence.end);
    const found = instrumentIn(ctx, facts);
    if (!found) return r;
    const parties = partiesOf(signed, r);
    // "la convention", "cet accord", "الاتفاقية": a generic or definite mention names the instrument already met.
    const earlier = [...agreements.values()].find((a) => a.parties?.some((p) => parties.includes(p)));
    if (earlier && isBackReference(found.surface, found.kind)) {
      if (!earlier.aliases.includes(found.surface)) earlier.aliases.push(found.surface);
      return { ...r, agreement: earlier.id };
    }
    const id = `agreement:${found.kind}-${parties.map((p) => asciiKey(p.replace(/^[a-z]+:/, ''))).sort().join('-').toLowerCase()}${r.date ? `-${r.date}` : ''}`;
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
    entity.parties = [...new Set([...(entity.parties ?? []), r.source, r.target])];
    if (!entity.mentions.some((m) => m.start === found.start)) entity.mentions.push({ start: found.start, end: found.end, surface: found.surface, ruleId: 'agreement.kind' });
    if (found.surface !== entity.name && !entity.aliases.includes(found.surface)) entity.aliases.push(found.surface);
    agreements.set(id, entity);
    return { ...r, agreement: id };
  });
  return { agreements: [...agreements.values()], relations };
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
function partiesOf(signed: Relation[], r: Relation): string[] {
  const same = signed.filter((x) => x.evidence.start === r.evidence.start);
  const institutions = same.flatMap((x) => [x.source, x.target]).filter((id) => !id.startsWith('person:'));
  return [...new Set(institutions.length ? institutions : [r.source, r.target])];
}
