// Rewrites one document's extraction with the ids decided across documents: entities that now
// share an id are merged, relations follow their endpoints, duplicates and self-loops go.
import type { DocumentExtraction, Entity, Relation } from '../../model/types.js';
import type { GlobalResolution } from './global.js';

/** The extraction with the global ids and names; the very same object when they change nothing in it. */
export function applyRemap(extraction: DocumentExtraction, resolution: GlobalResolution, names: Map<string, string>): DocumentExtraction {
  const idOf = (id: string) => resolution.remap.get(id) ?? id;
  const merged = new Map<string, Entity>();
  let changed = false;
  for (const e of extraction.entities) {
    const id = idOf(e.id);
    const name = e.type === 'Country' || !names.has(id) ? e.name : names.get(id)!;
    const existing = merged.get(id);
    if (!existing) {
      const aliases = new Set([e.name, ...e.aliases]);
      aliases.delete(name);
      const added = resolution.reasons.get(id) ?? [];
      const reasons = [...new Set([...(e.mergeReasons ?? []), ...added])];
      // Same id and name, aliases as they were (the name was not among them, none repeated), same reasons.
      changed ||= id !== e.id || name !== e.name || aliases.size !== e.aliases.length || !sameList(reasons, e.mergeReasons ?? []);
      merged.set(id, { ...e, id, name, aliases: [...aliases], ...(reasons.length ? { mergeReasons: reasons } : {}) });
      continue;
    }
    changed = true;
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
    const key = `${r.type}|${source}|${target}|${r.evidence.start}`;
    if (source === target || seen.has(key)) {
      changed = true;
      continue;
    }
    seen.add(key);
    const agreement = r.agreement ? idOf(r.agreement) : undefined;
    changed ||= source !== r.source || target !== r.target || agreement !== r.agreement;
    relations.push({ ...r, source, target, ...(agreement ? { agreement } : {}) });
  }
  return changed ? { ...extraction, entities: [...merged.values()], relations } : extraction;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
