// Builds the team-written French annotations from their sources (annotations/src/fr/*.txt):
// annotations/ner/fr.jsonl (text + NER spans) and annotations/relations/fr.gold.jsonl (FORMAT.md gold).
// Run: npx tsx annotations/scripts/build-fr.ts [--review [fr-team-NNN]] [--ids fr-team-NNN] [--check]
// --review prints spans and unmarked capitals, --ids the gold entity ids of one article, --check compares the
// committed files with the sources without writing (exit 1 when they differ). A listed name never found: exit 1.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SRC = join(ROOT, 'annotations/src/fr');

type Tag = 'PER' | 'ORG' | 'LOC' | 'MISC';
type GoldType = 'Person' | 'Organization' | 'Location' | 'Country' | 'Event' | 'Agreement' | null;
interface EntityDef { id: string; tag: Tag; gold: GoldType; forms: string[]; optional: boolean; goldOnly: boolean }
interface Article {
  id: string; date: string; title: string; body: string; entities: EntityDef[]; rels: string[]; gold: boolean;
  /** _common only: demonym forms per country id, and the country of each common city. */
  demonyms: Map<string, string[]>; cityIn: Map<string, string>;
}

const KIND: Record<string, { tag: Tag; gold: GoldType; prefix: string }> = {
  PER: { tag: 'PER', gold: 'Person', prefix: 'person' },
  ORG: { tag: 'ORG', gold: 'Organization', prefix: 'org' },
  LOC: { tag: 'LOC', gold: 'Location', prefix: 'loc' },
  CTRY: { tag: 'LOC', gold: 'Country', prefix: 'country' },
  EVT: { tag: 'MISC', gold: 'Event', prefix: 'event' },
  AGR: { tag: 'MISC', gold: 'Agreement', prefix: 'agreement' },
  MISC: { tag: 'MISC', gold: null, prefix: 'misc' },
};

function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** `[?|+]KIND [id =] Name | alias | ...`: ? optional in the gold, + gold only (named by a demonym: not marked). */
function parseEntity(line: string, where: string): EntityDef {
  const m = /^([?+]*)(PER|ORG|LOC|CTRY|EVT|AGR|MISC)\s+(.*)$/.exec(line);
  if (!m) throw new Error(`${where}: bad entity line: ${line}`);
  const flags = m[1] ?? '';
  const kind = KIND[m[2] as string]!;
  let rest = m[3] as string;
  let id: string | undefined;
  const eq = /^([a-z]+:[^\s=]+)\s*=\s*(.*)$/.exec(rest);
  if (eq) { id = eq[1]; rest = eq[2] as string; }
  const forms = rest.split('|').map((f) => f.trim()).filter(Boolean);
  if (forms.length === 0) throw new Error(`${where}: no name: ${line}`);
  // An organisation with an acronym is named by it (org:apix), others by their first form.
  const acronym = kind.prefix === 'org' ? forms.find((f) => /^[A-Z][A-Za-z0-9&-]{1,9}$/.test(f) && /[A-Z].*[A-Z]/.test(f)) : undefined;
  return {
    id: id ?? `${kind.prefix}:${slug(acronym ?? forms[0]!)}`, tag: kind.tag, gold: kind.gold, forms,
    optional: flags.includes('?'), goldOnly: flags.includes('+'),
  };
}

function parseFile(path: string): Article[] {
  const raw = readFileSync(path, 'utf8');
  const out: Article[] = [];
  for (const chunk of raw.split(/^=== /m).slice(1)) {
    const nl = chunk.indexOf('\n');
    const id = chunk.slice(0, nl).trim();
    const [head, ...bodyParts] = chunk.slice(nl + 1).split(/^---\s*$/m);
    const bodyAndRels = bodyParts.join('---');
    const [bodyRaw, relRaw = ''] = bodyAndRels.split(/^%%%\s*$/m);
    const a: Article = {
      id, date: '', title: '', body: (bodyRaw ?? '').trim(), entities: [], rels: [], gold: false, demonyms: new Map(), cityIn: new Map(),
    };
    for (const l of (head ?? '').split('\n').map((x) => x.trim()).filter((x) => x && !x.startsWith('#'))) {
      const dem = /^DEMONYM (country:[A-Z]{2}) = (.*)$/.exec(l);
      const within = /^IN (loc:\S+) (country:[A-Z]{2})$/.exec(l);
      if (l.startsWith('date:')) a.date = l.slice(5).trim();
      else if (dem) a.demonyms.set(dem[1]!, dem[2]!.split('|').map((f) => f.trim()));
      else if (within) a.cityIn.set(within[1]!, within[2]!);
      else a.entities.push(parseEntity(l, `${path} ${id}`));
    }
    a.rels = relRaw.split('\n').map((x) => x.trim()).filter((x) => x && !x.startsWith('#'));
    a.gold = a.rels.length > 0;
    a.title = a.body.split('\n')[0]!.trim();
    out.push(a);
  }
  return out;
}

const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Strips inline overrides: [[surface|TAG]] forces a span, [[surface]] blocks marking there. */
function stripOverrides(body: string): { text: string; forced: [number, number, Tag][]; blocked: [number, number][] } {
  let text = '';
  const forced: [number, number, Tag][] = [];
  const blocked: [number, number][] = [];
  let i = 0;
  const re = /\[\[([^\]|]+)(?:\|(PER|ORG|LOC|MISC))?\]\]/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += body.slice(i, m.index);
    const s = text.length;
    text += m[1];
    if (m[2]) forced.push([s, text.length, m[2] as Tag]); else blocked.push([s, text.length]);
    i = m.index + m[0].length;
  }
  text += body.slice(i);
  return { text, forced, blocked };
}

function build(a: Article, common: EntityDef[]) {
  const { text, forced, blocked } = stripOverrides(a.body);
  const taken = new Uint8Array(text.length);
  const spans: [number, number, Tag, string][] = [];
  const claim = (s: number, e: number) => { for (let k = s; k < e; k++) taken[k] = 1; };
  for (const [s, e] of blocked) claim(s, e);
  const defs = [...a.entities, ...common];
  for (const [s, e, t] of forced) {
    const surface = text.slice(s, e);
    const d = defs.find((x) => x.tag === t && x.forms.includes(surface));
    spans.push([s, e, t, d?.id ?? '']); claim(s, e);
  }
  // Every form also in capitals: datelines ("BEYROUTH –") name places in upper case.
  const cands = defs.filter((d) => !d.goldOnly).flatMap((d) =>
    d.forms.flatMap((f) => (f.toUpperCase() === f ? [f] : [f, f.toUpperCase()]).map((g) => ({ f: g, d }))));
  cands.sort((x, y) => y.f.length - x.f.length);
  for (const { f, d } of cands) {
    for (let p = text.indexOf(f); p >= 0; p = text.indexOf(f, p + 1)) {
      const e = p + f.length;
      if (isWord(text[p - 1]) || isWord(text[e])) continue;
      let free = true;
      for (let k = p; k < e; k++) if (taken[k]) { free = false; break; }
      if (!free) continue;
      spans.push([p, e, d.tag, d.id]); claim(p, e);
    }
  }
  spans.sort((x, y) => x[0] - y[0]);
  for (const d of a.entities) {
    if (d.goldOnly) continue;
    if (!spans.some((s) => s[3] === d.id)) { console.warn(`MISSING ${a.id}: ${d.forms.join(" | ")}`); process.exitCode = 1; }
    for (const f of d.forms) if (!spans.some((s) => s[3] === d.id && [f, f.toUpperCase()].includes(text.slice(s[0], s[1])))) console.warn(`${a.id}: form unused: ${f}`);
  }
  return { text, spans };
}

interface World { demonyms: Map<string, string[]>; cityIn: Map<string, string> }

/** Demonym forms present in the text (case-insensitive, whole words). */
function demonymsIn(text: string, forms: string[]): string[] {
  const lower = text.toLowerCase();
  return forms.filter((f) => {
    for (let p = lower.indexOf(f); p >= 0; p = lower.indexOf(f, p + 1)) if (!isWord(lower[p - 1]) && !isWord(lower[p + f.length])) return true;
    return false;
  });
}

function goldLine(a: Article, text: string, spans: [number, number, Tag, string][], common: EntityDef[], world?: World) {
  const defs = new Map<string, EntityDef>();
  for (const d of a.entities) defs.set(d.id, d);
  // A common entity keeps its canonical name; the article may add forms or mark it optional.
  for (const c of common) { const d = defs.get(c.id); defs.set(c.id, d ? { ...c, optional: d.optional, forms: [c.forms[0]!, ...d.forms] } : c); }
  const ents = new Map<string, { id: string; type: string; name: string; aliases: string[]; optional?: boolean }>();
  const add = (d: EntityDef, surface: string) => {
    if (!d.gold) return;
    const e = ents.get(d.id) ?? { id: d.id, type: d.gold, name: d.forms[0]!, aliases: [] as string[] };
    if (d.optional) e.optional = true;
    if (surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
    ents.set(d.id, e);
  };
  for (const [s, e, , id] of spans) { const d = defs.get(id); if (d) add(d, text.slice(s, e)); }
  for (const d of a.entities) if (d.goldOnly) { add(d, d.forms[0]!); for (const f of d.forms.slice(1)) add(d, f); }
  // FORMAT.md: a demonym names its country. Present countries gain the demonym as an alias; a country named
  // only by its demonym is an optional entity (a careful reader may or may not count "la partie marocaine").
  for (const [cid, forms] of world?.demonyms ?? []) {
    const found = demonymsIn(text, forms);
    if (found.length === 0) continue;
    const known = ents.get(cid);
    if (known) { for (const f of found) if (!known.aliases.includes(f)) known.aliases.push(f); continue; }
    const c = defs.get(cid);
    if (c) ents.set(cid, { id: cid, type: 'Country', name: c.forms[0]!, aliases: found, optional: true });
  }
  const relations = a.rels.map((l) => {
    const m = /^(REL\??)\s+(SIGNED|MET|PARTNERED|AFFILIATED_WITH|MEMBER_OF|PARTICIPATED_IN|LOCATED_IN)\s+(\S+)\s+(\S+)(?:\s*\|\s*(.*))?$/.exec(l);
    if (!m) throw new Error(`${a.id}: bad relation line: ${l}`);
    const [, kw, type, x, y, title] = m;
    for (const id of [x, y]) if (!ents.has(id!)) throw new Error(`${a.id}: relation ${l} names an unknown entity ${id}`);
    const r: Record<string, unknown> = { type, a: x, b: y };
    if (title) r.title = title.trim();
    if (kw === 'REL?') r.optional = true;
    return r;
  });
  // Where a common city lies is world knowledge: optional unless the annotator stated it.
  for (const [city, country] of world?.cityIn ?? []) {
    if (!ents.has(city) || !ents.has(country)) continue;
    if (relations.some((r) => r.type === 'LOCATED_IN' && r.a === city && r.b === country)) continue;
    relations.push({ type: 'LOCATED_IN', a: city, b: country, optional: true });
  }
  return { doc: a.id, entities: [...ents.values()], relations };
}

const files = readdirSync(SRC).filter((f) => f.endsWith('.txt')).sort();
const commonFile = parseFile(join(SRC, '_common.entities'));
const common = commonFile.flatMap((a) => a.entities);
const world: World = { demonyms: commonFile[0]!.demonyms, cityIn: commonFile[0]!.cityIn };
const articles = files.flatMap((f) => parseFile(join(SRC, f))).sort((x, y) => x.id.localeCompare(y.id));
const review = process.argv.includes('--review');
const only = process.argv.find((x) => x.startsWith('fr-team-'));
// One id, one entity: the same id under two different first names is a collision to resolve by hand.
const nameOf = new Map<string, string>();
for (const d of [...common, ...articles.flatMap((a) => a.entities)]) {
  const seenName = nameOf.get(d.id);
  if (seenName && seenName !== d.forms[0] && !common.some((c) => c.id === d.id)) console.warn(`ID COLLISION ${d.id}: "${seenName}" and "${d.forms[0]}"`);
  if (!seenName) nameOf.set(d.id, d.forms[0]!);
}
// An article that re-lists a common name must use the common id (else one entity gets two ids).
const commonIdOf = new Map(common.flatMap((c) => c.forms.map((f) => [f, c.id] as const)));
for (const a of articles) for (const d of a.entities) for (const f of d.forms) {
  const cid = commonIdOf.get(f);
  if (cid && cid !== d.id && d.tag === common.find((c) => c.id === cid)?.tag) console.warn(`ID COLLISION ${a.id}: "${f}" is ${cid} in _common, ${d.id} here`);
}
const ner: string[] = [];
const gold: string[] = [];
let tokens = 0;
const seen = new Set<string>();
for (const a of articles) {
  if (seen.has(a.id)) throw new Error(`duplicate id ${a.id}`);
  seen.add(a.id);
  const { text, spans } = build(a, common);
  tokens += text.split(/\s+/).filter(Boolean).length;
  ner.push(JSON.stringify({ doc: a.id, text, title: a.title, date: a.date, spans: spans.map(([s, e, t]) => [s, e, t]) }));
  if (a.gold) gold.push(JSON.stringify(goldLine(a, text, spans, common, world)));
  if (process.argv.includes('--ids') && only === a.id) {
    for (const e of goldLine({ ...a, rels: [] }, text, spans, common).entities) console.log(`${e.type}\t${e.id}\t${[e.name, ...e.aliases].join(' | ')}`);
  }
  if (review && (!only || only === a.id)) {
    console.log(`\n## ${a.id}`);
    console.log(spans.map(([s, e, t]) => `${t}:${text.slice(s, e)}`).join('  '));
    const covered = new Uint8Array(text.length);
    for (const [s, e] of spans) covered.fill(1, s, e);
    const miss: string[] = [];
    for (const m of text.matchAll(/[\p{Lu}][\p{L}'’-]*/gu)) {
      if (covered[m.index!]) continue;
      const before = text.slice(Math.max(0, m.index! - 2), m.index!);
      if (/^$|[.!?:»\n«] ?$|\n$/.test(before)) continue;
      miss.push(m[0]);
    }
    console.log(`  unmarked capitals: ${miss.join(' ')}`);
  }
}
const outputs: Array<[string, string]> = [
  [join(ROOT, 'annotations/ner/fr.jsonl'), ner.join('\n') + '\n'],
  [join(ROOT, 'annotations/relations/fr.gold.jsonl'), gold.join('\n') + (gold.length ? '\n' : '')],
];
for (const [path, content] of outputs) {
  if (!process.argv.includes('--check')) writeFileSync(path, content);
  else if (!existsSync(path) || readFileSync(path, 'utf8') !== content) {
    console.error(`${path} differs from annotations/src/fr: edit the sources and rebuild`);
    process.exitCode = 1;
  }
}
console.log(`${articles.length} documents, ${tokens} whitespace tokens, ${gold.length} gold documents`);
