// Cross-script person resolution on held-out Wikidata names: consecutive held-out token pairs make a two-word
// name written once in Latin and once in Arabic script; prints how many such pairs become one node and how many
// nodes mix two different names. Usage: npx tsx extract/translit/scripts/eval-resolution.ts [pairs.tsv]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveAcrossDocuments, type EntityRecord } from '../../resolve/global.js';
import { parsePairs } from '../train/data.js';
import { isHeldOut } from '../train/evaluate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const input = process.argv[2] ?? join(resolve(process.env.TAFAHUM_SHARED ?? join(ROOT, '..', 'shared')), 'kb/translit/wikidata-names-en-ar.tsv');
const test = parsePairs(readFileSync(input, 'utf8')).filter(isHeldOut);
const records: EntityRecord[] = [];
for (let i = 0; i + 1 < test.length; i += 2) {
  const latin = `${test[i]!.latin} ${test[i + 1]!.latin}`;
  const arabic = `${test[i]!.arabic} ${test[i + 1]!.arabic}`;
  records.push({ id: `person:l${i}`, type: 'Person', name: latin, forms: new Set([latin]) });
  records.push({ id: `person:a${i}`, type: 'Person', name: arabic, forms: new Set([arabic]) });
}
const started = performance.now();
const r = resolveAcrossDocuments(records);
const seconds = (performance.now() - started) / 1000;
const final = (id: string) => r.remap.get(id) ?? id;
const groups = new Map<string, Set<string>>();
for (const rec of records) (groups.get(final(rec.id)) ?? groups.set(final(rec.id), new Set()).get(final(rec.id))!).add(rec.id.slice(8));
let merged = 0;
for (let i = 0; i + 1 < test.length; i += 2) if (final(`person:l${i}`) === final(`person:a${i}`)) merged++;
const mixed = [...groups.values()].filter((g) => g.size > 1).length;
const pairs = Math.floor(test.length / 2);
console.log(`${records.length} records (${pairs} names in both scripts) resolved in ${seconds.toFixed(1)} s`);
console.log(`same name in both scripts → one node: ${merged}/${pairs} (${((100 * merged) / pairs).toFixed(1)} %); nodes mixing two names: ${mixed}/${groups.size}`);
