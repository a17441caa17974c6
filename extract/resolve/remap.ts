// Rewrites one document's extraction with the ids decided across documents: entities that now
// share an id are merged, relations follow their endpoints, duplicates and self-loops go.
import type { DocumentExtraction, Entity, Relation } from '../../model/types.js';
import type { GlobalResolution } from './global.js';

export function applyRemap(extraction: DocumentExtraction, resolution: GlobalResolution, names: Map<string, string>): DocumentExtraction {
  const idOf = (id: string) => resolution.remap.get(id) ?? id;
  const merged = new Map<string, Entity>();
  for (const e of extraction.entities) {
    const id = idOf(e.id);
    const name = e.type === 'Country' || !names.has(id) ? e.name : names.get(id)!;
    const existing = merged.get(id);
    if (!existing) {
      const aliases = new Set([e.name, ...e.aliases]);
      aliases.delete(name);
      const reasons = [...(e.mergeReasons ?? []), ...(resolution.reasons.get(id) ?? [])];
      merged.set(id, { ...e, id, name, aliases: [...aliases], ...(reasons.length ? { mergeReasons: [...new Set(reasons)] } : {}) });
      continue;
    }
    const aliases = new Set([...existing.aliases, e.name, ...e.aliases]);
    aliases.delete(existing.name);
    existing.aliases = [...aliases];
    existing.mentions = [...existing.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    existing.confidence = Math.max(existing.confidence, e.confidence);
    if (e.titles) existing.titles = [...new Set([...(existing.titles ?? []), ...e.titles])];
    existing.mergeReasons = [...new Set([...(existing.mergeReasons ?? []), `"${e.name}" and "${existing.name}" name the same ${e.type.toLowerCase()}`])];
  }
  const seen = new Set<string>();
  const relations: Relation[] = [];
  for (const r of extraction.relations) {
    const source = idOf(r.source);
    const target = idOf(r.target);
    if (source === target) continue;
    const key = `${r.type}|${source}|${target}|${r.evidence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ ...r, source, target, ...(r.agreement ? { agreement: idOf(r.agreement) } : {}) });
  }
  return { ...extraction, entities: [...merged.values()], relations };
}
