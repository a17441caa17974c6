// Pure matching of golden expectations against one document's extraction: entities by type and name
// (after nameKey), relations by type and endpoint names, plus a compact dump for failure messages.
import { SYMMETRIC_RELATION_TYPES, type DocumentExtraction, type Entity, type Relation } from '../../model/types.js';
import { nameKey } from '../../extract/text/normalize.js';
import type { ExpectedEntity, ExpectedRelation } from './types.js';

/** Every normalised form an entity answers to: name, aliases and what its mentions say. */
export function entityKeys(e: Entity): Set<string> {
  return new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.surface)].map(nameKey));
}

export function entitiesNamed(ex: DocumentExtraction, name: string, type?: string): Entity[] {
  const key = nameKey(name);
  return ex.entities.filter((e) => (!type || e.type === type) && entityKeys(e).has(key));
}

/** Present when one entity of the type answers to the name and to every expected alias; "*" is any name. */
export function hasEntity(ex: DocumentExtraction, expected: ExpectedEntity): boolean {
  if (expected.name === '*') return ex.entities.some((e) => e.type === expected.type);
  const aliases = (expected.aliases ?? []).map(nameKey);
  return entitiesNamed(ex, expected.name, expected.type).some((e) => {
    const keys = entityKeys(e);
    return aliases.every((a) => keys.has(a));
  });
}

/** Relations of the expected type between the named endpoints, whatever their status, date or title. */
export function relationsBetween(ex: DocumentExtraction, expected: ExpectedRelation): Relation[] {
  const as = new Set(entitiesNamed(ex, expected.a).map((e) => e.id));
  const bs = new Set(entitiesNamed(ex, expected.b).map((e) => e.id));
  const symmetric = SYMMETRIC_RELATION_TYPES.has(expected.type);
  return ex.relations.filter(
    (r) =>
      r.type === expected.type &&
      ((as.has(r.source) && bs.has(r.target)) || (symmetric && bs.has(r.source) && as.has(r.target))),
  );
}

/** Present when one relation between the endpoints also has every attribute the case states. */
export function hasRelation(ex: DocumentExtraction, expected: ExpectedRelation): boolean {
  return relationsBetween(ex, expected).some(
    (r) =>
      (expected.status === undefined || (r.status ?? 'done') === expected.status) &&
      (expected.date === undefined || r.date === expected.date) &&
      (expected.title === undefined || nameKey(r.title ?? '').includes(nameKey(expected.title))),
  );
}

/** One line per entity and relation, to read a failure without rerunning anything. */
export function dump(ex: DocumentExtraction): string {
  const names = new Map(ex.entities.map((e) => [e.id, e.name]));
  const entities = ex.entities.map((e) => `  ${e.type} ${e.id} "${e.name}" [${e.aliases.join(' | ')}]`);
  const relations = ex.relations.map((r) => {
    const extra = [r.date, r.status, r.title && `"${r.title}"`].filter(Boolean).join(' ');
    return `  ${r.type} ${names.get(r.source) ?? r.source} -> ${names.get(r.target) ?? r.target} ${extra}`;
  });
  return ['extracted:', ...entities, ...relations].join('\n');
}

export function showRelation(r: ExpectedRelation): string {
  const extra = [r.date, r.status, r.title && `"${r.title}"`].filter(Boolean).join(' ');
  return `${r.type} ${r.a} -> ${r.b}${extra ? ` (${extra})` : ''}`;
}
