// Reads the golden JSONL files (I/O edge for the golden runner and the property test) and checks their shape,
// so a typo in a case fails loudly instead of passing vacuously.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEntityType, isRelationType, RELATION_STATUSES } from '../../model/types.js';
import type { RawDocument } from '../../model/types.js';
import type { ExpectedEntity, ExpectedRelation, GoldenCase, GoldenSet, LoadedCase } from './types.js';

export const GOLDEN_DIR = fileURLToPath(new URL('./', import.meta.url));
export const GREEN_SETS: readonly GoldenSet[] = ['fr', 'ar', 'en', 'mixed', 'negatives'];

export function loadSet(set: GoldenSet): LoadedCase[] {
  const dir = join(GOLDEN_DIR, set);
  // An empty backlog folder is not kept by git: no folder, no cases.
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const out: LoadedCase[] = [];
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      const where = `${set}/${file}:${i + 1}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new Error(`${where}: not JSON (${(e as Error).message})`);
      }
      out.push({ set, file, line: i + 1, case: checkCase(parsed, where) });
    });
  }
  return out;
}

export function loadSets(sets: readonly GoldenSet[]): LoadedCase[] {
  const all = sets.flatMap(loadSet);
  const seen = new Set<string>();
  for (const c of all) {
    if (seen.has(c.case.id)) throw new Error(`duplicate golden case id ${c.case.id} (${c.set}/${c.file}:${c.line})`);
    seen.add(c.case.id);
  }
  return all;
}

/** The document a case stands for, as ingestion would hand it to extractDocument. */
export function caseDocument(c: GoldenCase): RawDocument {
  const raw: RawDocument = { id: c.id, source: c.id, text: c.text };
  if (c.date) raw.date = c.date;
  return raw;
}

function checkCase(value: unknown, where: string): GoldenCase {
  const c = value as GoldenCase;
  if (!c || typeof c.id !== 'string' || typeof c.text !== 'string') throw new Error(`${where}: needs string "id" and "text"`);
  if (c.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(c.date)) throw new Error(`${where}: bad "date" ${c.date}`);
  const known = new Set(['id', 'text', 'date', 'entities', 'relations', 'absent', 'note']);
  for (const k of Object.keys(c)) if (!known.has(k)) throw new Error(`${where}: unknown field "${k}"`);
  [...(c.entities ?? []), ...(c.absent?.entities ?? [])].forEach((e) => checkEntity(e, where));
  [...(c.relations ?? []), ...(c.absent?.relations ?? [])].forEach((r) => checkRelation(r, where));
  return c;
}

function checkEntity(e: ExpectedEntity, where: string): void {
  const aliasesOk = e.aliases === undefined || (Array.isArray(e.aliases) && e.aliases.every((a) => typeof a === 'string' && a));
  if (!isEntityType(e.type) || typeof e.name !== 'string' || !e.name || !aliasesOk) throw new Error(`${where}: bad entity ${JSON.stringify(e)}`);
}

function checkRelation(r: ExpectedRelation, where: string): void {
  const ok =
    isRelationType(r.type) &&
    typeof r.a === 'string' &&
    typeof r.b === 'string' &&
    (r.status === undefined || (RELATION_STATUSES as readonly string[]).includes(r.status));
  if (!ok) throw new Error(`${where}: bad relation ${JSON.stringify(r)}`);
}
