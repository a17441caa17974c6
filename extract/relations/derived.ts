// Relations that follow from others the text states: an agreement two institutions or states sign
// states their partnership (PARTNERED), and the country or body a participant acts for takes part in
// the event too (PARTICIPATED_IN). Each derived edge keeps the evidence of the edge it comes from.
import type { Relation } from '../../model/types.js';

export function derivedRelations(relations: Relation[]): Relation[] {
  const out: Relation[] = [];
  for (const r of relations) {
    // "X and Y signed a cooperation agreement": the two institutions partner (a signature between persons
    // is their institutions' partnership, derived once those are known: signed.on-behalf).
    if (r.type === 'SIGNED' && !r.source.startsWith('person:') && !r.target.startsWith('person:')) {
      out.push({ ...r, type: 'PARTNERED', confidence: Math.round(r.confidence * 90) / 100, ruleId: 'partnered.agreement' });
    }
  }
  // A participant's country or body takes part in the event it attends for them.
  const affiliations = new Map<string, string[]>();
  for (const r of relations) {
    if (r.type !== 'AFFILIATED_WITH') continue;
    affiliations.set(r.source, [...(affiliations.get(r.source) ?? []), r.target]);
  }
  for (const r of relations) {
    if (r.type !== 'PARTICIPATED_IN' || !r.source.startsWith('person:')) continue;
    for (const party of affiliations.get(r.source) ?? []) {
      out.push({ ...r, source: party, confidence: Math.round(r.confidence * 90) / 100, ruleId: 'participated.on-behalf' });
    }
  }
  return out;
}
