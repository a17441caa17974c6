// Relation triggers and connectors from extract/lexicons/<lang>/relations.tsv and connectors.tsv,
// matched over normalised tokens; a final "*" in a form matches any ending ("signe*").
import type { Language, RelationType } from '../../model/types.js';
import { isRelationType } from '../../model/vocabulary.js';
import { readTsv } from '../lexicons/files.js';
import { languageLexicon } from '../lexicons/language.js';
import { tokenVariants, tokenize, type Token } from '../text/tokenize.js';
import type { Connector, Trigger, TriggerMode } from './types.js';
import type { SentenceView } from '../mentions/types.js';
import { connectorMatches } from '../mentions/view.js';

interface TriggerEntry {
  tokens: string[];
  /** The last token is a prefix ("signe*"). */
  prefix: boolean;
  relation: RelationType;
  mode: TriggerMode;
  confidence: number;
  form: string;
}

const MODES = new Set(['verb', 'passive', 'noun', 'planned', 'negation']);

/** Triggers indexed by their first token, or by the first two letters when that token is a prefix. */
interface TriggerIndex {
  exact: Map<string, TriggerEntry[]>;
  prefix: Map<string, TriggerEntry[]>;
}

const cache = new Map<Language, TriggerIndex>();

function index(lang: Language): TriggerIndex {
  let idx = cache.get(lang);
  if (idx) return idx;
  idx = { exact: new Map(), prefix: new Map() };
  for (const e of entries(lang)) {
    const first = e.tokens[0]!;
    const map = e.prefix && e.tokens.length === 1 ? idx.prefix : idx.exact;
    const key = map === idx.prefix ? first.slice(0, 2) : first;
    map.set(key, [...(map.get(key) ?? []), e]);
  }
  cache.set(lang, idx);
  return idx;
}

function entries(lang: Language): TriggerEntry[] {
  const list: TriggerEntry[] = [];
  for (const [relation, form, mode, confidence] of readTsv(`${lang}/relations.tsv`)) {
    if (!relation || !form || !isRelationType(relation) || !MODES.has(mode ?? '')) continue;
    const prefix = form.endsWith('*');
    const tokens = tokenize(prefix ? form.slice(0, -1) : form).map((t) => t.norm);
    if (tokens.length === 0) continue;
    list.push({ tokens, prefix, relation, mode: mode as TriggerMode, confidence: Number(confidence) || 0.5, form });
  }
  // Longest forms first so "ont signé" wins over "signé".
  return list.sort((a, b) => b.tokens.length - a.tokens.length);
}

/** Triggers of every relation type: a form may cue several ("at": PARTICIPATED_IN and LOCATED_IN). */
export function findTriggers(text: string, tokens: Token[], lang: Language): Trigger[] {
  const out: Trigger[] = [];
  const idx = index(lang);
  // Per relation type, the tokens already inside one of its triggers (longest forms are tried first).
  const used = new Map<RelationType, Set<number>>();
  // Reused for every token: most tokens cue nothing, and this loop runs over every token of a document.
  const candidates: TriggerEntry[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const variants = tokenVariants(tokens[i]!);
    candidates.length = 0;
    for (const v of variants) {
      const exact = idx.exact.get(v.norm);
      if (exact) for (const e of exact) candidates.push(e);
      const prefixed = idx.prefix.get(v.norm.slice(0, 2));
      if (prefixed) for (const e of prefixed) candidates.push(e);
    }
    if (candidates.length === 0) continue;
    if (candidates.length > 1) candidates.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const e of candidates) {
      const usedByType = used.get(e.relation) ?? new Set<number>();
      if (usedByType.has(i)) continue;
      const n = e.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const want = e.tokens[k]!;
        const last = k === n - 1 && e.prefix;
        ok = k === 0 ? variants.some((v) => formMatches(v.norm, want, last)) : formMatches(tokens[i + k]!.norm, want, last);
      }
      if (!ok) continue;
      for (let k = 0; k < n; k++) usedByType.add(i + k);
      used.set(e.relation, usedByType);
      out.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end, relation: e.relation, mode: e.mode, confidence: e.confidence, form: e.form, firstToken: i, lastToken: i + n });
    }
  }
  return out;
}

const formMatches = (form: string, want: string, prefix: boolean) => (prefix ? form.startsWith(want) : form === want);

export function findConnectors(text: string, view: SentenceView): Connector[] {
  return connectorMatches(view, languageLexicon(view.lang), text)
    .map((m) => ({ start: m.start, end: m.end, kind: m.entry.payload.kind, firstToken: m.firstToken, lastToken: m.lastToken }));
}
