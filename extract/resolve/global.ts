// Across documents: the same person written in Latin and Arabic script, or with small variants,
// becomes one node. Blocking on the phonetic key of the family name keeps it near-linear; a merge
// needs the family name AND a compatible given name, so two people sharing a surname stay apart.
// Across scripts, name tokens are compared by the transliteration model learned from Wikidata names.
import { distance } from 'fastest-levenshtein';
import type { EntityType } from '../../model/types.js';
import { defaultCaptionResources } from '../translit/load.js';
import { latinCaption, type CaptionResources } from '../translit/caption.js';
import { transliterate } from '../translit/decode.js';
import { sameNameToken } from '../translit/match.js';
import { entityLexicon } from '../lexicons/entities.js';
import { givenNames } from '../lexicons/language.js';
import { isArabicScript, nameKey, normalizeName, slug } from '../text/normalize.js';
import { defaultOfficeHolders, familyKeys, holderByFamilyName, holderKey, type OfficeHolders } from './office-holders.js';
import { phoneticKeys } from './phonetic.js';

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  forms: Set<string>;
}

export interface GlobalResolution {
  /** Old id → final id (only ids that change). */
  remap: Map<string, string>;
  /** Final id → why its records were merged. */
  reasons: Map<string, string[]>;
}

interface PersonName {
  given: string[];
  family: string[];
  /** Normalised given token, for the given-names lexicon. */
  givenToken: string;
  /** Normalised family token (compounds and articles joined). */
  familyToken: string;
  form: string;
}

const PARTICLES = new Set(['bin', 'ben', 'ibn', 'ould', 'ag', 'بن', 'ابن', 'ولد', 'mme', 'm', 'mr', 'mrs', 'dr', 'السيد', 'السيده']);

export function resolveAcrossDocuments(
  records: Iterable<EntityRecord>,
  translit: CaptionResources = defaultCaptionResources(),
  holders: OfficeHolders = defaultOfficeHolders(),
): GlobalResolution {
  const persons = [...records].filter((r) => r.type === 'Person').sort((a, b) => a.id.localeCompare(b.id));
  const parent = new Map<string, string>(persons.map((p) => [p.id, p.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const why = new Map<string, string>();
  const names = new Map(persons.map((p) => [p.id, [...p.forms, p.name].map(personName).filter((n): n is PersonName => !!n)]));
  const blocks = new Map<string, string[]>();
  for (const p of persons) {
    // Each person once per key (a list search per addition was quadratic in a common family name's block).
    const keys = new Set(names.get(p.id)!.flatMap((n) => blockKeys(n, translit)));
    for (const key of keys) {
      const list = blocks.get(key);
      if (list) list.push(p.id);
      else blocks.set(key, [p.id]);
    }
  }
  const givens = new Map(persons.map((p) => [p.id, givenSignature(names.get(p.id)!)]));
  for (const ids of blocks.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i]!;
        const b = ids[j]!;
        if (find(a) === find(b) || !givenNamesMayAgree(givens.get(a)!, givens.get(b)!)) continue;
        const match = samePerson(names.get(a)!, names.get(b)!, translit);
        if (match) {
          parent.set(find(b), find(a));
          why.set(b, match);
        }
      }
    }
  }
  // The office holders file anchors a record to a known person: by a full name it lists (any script), or by a
  // bare surname when the file has one holder of that name and no other full name in the corpus has it.
  const anchors = anchorToHolders(persons, names, holders);
  const firstOfAnchor = new Map<string, string>();
  for (const p of persons) {
    const anchor = anchors.get(p.id);
    if (!anchor) continue;
    const first = firstOfAnchor.get(anchor);
    if (!first) firstOfAnchor.set(anchor, p.id);
    else if (find(first) !== find(p.id)) {
      parent.set(find(p.id), find(first));
      why.set(p.id, `"${p.name}" is ${anchor} of the office holders file`);
    }
  }
  const groups = new Map<string, EntityRecord[]>();
  for (const p of persons) {
    const root = find(p.id);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  }
  const remap = new Map<string, string>();
  const reasons = new Map<string, string[]>();
  for (const members of groups.values()) {
    const anchored = [...new Set(members.map((m) => anchors.get(m.id)).filter((x): x is string => !!x))];
    const finalId = anchored.length === 1 ? anchored[0]! : personId(members, translit);
    for (const m of members) if (m.id !== finalId) remap.set(m.id, finalId);
    const r = members.map((m) => why.get(m.id)).filter((x): x is string => !!x);
    if (r.length) reasons.set(finalId, r);
  }
  return { remap, reasons };
}

function personName(form: string): PersonName | undefined {
  // "Al Swaha" → "alswaha": a detached article is part of the family name, as in "السواحه".
  // "عبد الله" / "Abdel Aziz" / "Abou Bakr": compound given names are one token, as often written.
  const tokens = nameKey(form)
    .replace(/(^|\s)(عبد|ابو|abd|abdel|abdul|abdal|abou|abu) (?=\S)/g, '$1$2')
    .replace(/\b(al|el) (?=\S)/g, '$1')
    .split(' ')
    .filter((t) => t && !PARTICLES.has(t));
  if (tokens.length < 2) return undefined;
  const givenToken = tokens[0]!;
  const familyToken = tokens[tokens.length - 1]!;
  return { given: phoneticKeys(givenToken), family: phoneticKeys(familyToken), givenToken, familyToken, form };
}

function anchorToHolders(persons: EntityRecord[], names: Map<string, PersonName[]>, holders: OfficeHolders): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const p of persons) {
    const holder = [p.name, ...p.forms].map((f) => holders.byName.get(holderKey(f))).find((x) => x);
    if (holder) anchors.set(p.id, holder);
  }
  // Family names of the corpus's full names that the file does not account for.
  const otherFamilies = new Set<string>();
  for (const p of persons) for (const n of names.get(p.id)!) if (!anchors.has(p.id)) for (const k of familyKeys(n.familyToken)) otherFamilies.add(k);
  for (const p of persons) {
    if (anchors.has(p.id) || names.get(p.id)!.length > 0) continue;
    const token = nameKey(p.name);
    // A bare given name ("Ahmed", "عباس") is no surname to link by.
    const given = givenNames();
    if (token.includes(' ') || given.latin.has(token) || given.arabic.has(token) || familyKeys(token).some((k) => otherFamilies.has(k))) continue;
    const holder = holderByFamilyName(token, holders);
    if (holder) anchors.set(p.id, holder);
  }
  return anchors;
}

/** Blocking keys: the family name's phonetic keys, and for an Arabic one those of its likeliest Latin spellings. */
/** Spellings of an Arabic family name the blocking reads (its Latin readings); what workers transliterate ahead. */
const BLOCKING_SPELLINGS = 3;

function blockKeys(n: PersonName, translit: CaptionResources): string[] {
  const keys = new Set(n.family);
  const arabic = arabicFamilyToken(n);
  if (arabic) for (const latin of transliterate(translit.model, arabic, BLOCKING_SPELLINGS)) for (const k of phoneticKeys(latin)) keys.add(k);
  return [...keys];
}

/** The family name to transliterate for blocking, without its article, when it is in Arabic script. */
function arabicFamilyToken(n: PersonName): string | undefined {
  return isArabicScript(n.familyToken) ? n.familyToken.replace(/^ال(?=\S{3,})/, '') : undefined;
}

/**
 * The Arabic family names cross-document resolution will transliterate for a person's names: a worker
 * transliterates them beside the extraction so that the merge, which runs on one thread, finds them done.
 */
export function blockingTransliterations(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const n = personName(name);
    const arabic = n && arabicFamilyToken(n);
    if (arabic) out.add(arabic);
  }
  return [...out];
}

/**
 * One token in Arabic script and the other in Latin script, the model takes them for one name, and their
 * consonant skeletons differ by at most one letter (the model alone lets a long chunk swallow a syllable).
 */
function sameAcrossScripts(a: string, b: string, translit: CaptionResources): boolean {
  if (isArabicScript(a) === isArabicScript(b)) return false;
  // The same two tokens meet again and again in a large corpus's blocks ("محمد" and "Mohamed"): the model is asked once.
  let answers = crossScriptAnswers.get(translit);
  if (!answers || answers.size >= CROSS_SCRIPT_MEMO) crossScriptAnswers.set(translit, (answers = new Map()));
  const key = `${a}\u0000${b}`;
  let same = answers.get(key);
  if (same === undefined) answers.set(key, (same = compareAcrossScripts(a, b, translit)));
  return same;
}

const CROSS_SCRIPT_MEMO = 500_000;
const crossScriptAnswers = new WeakMap<CaptionResources, Map<string, boolean>>();

function compareAcrossScripts(a: string, b: string, translit: CaptionResources): boolean {
  const [arabic, latin] = isArabicScript(a) ? [a, b] : [b, a];
  if (!sameNameToken(translit.model, arabic, latin)) return false;
  const latinKeys = phoneticKeys(latin);
  return phoneticKeys(arabic).some((k) => latinKeys.some((l) => distance(k, l) <= 1));
}

/** Family names agree: across scripts by the model (or a long shared phonetic key), else by a shared phonetic key. */
function sameFamily(x: PersonName, y: PersonName, translit: CaptionResources): 'phonetic' | 'learned' | undefined {
  const crossScript = isArabicScript(x.familyToken) !== isArabicScript(y.familyToken);
  const minKey = crossScript ? 3 : 2;
  if (x.family.some((k) => k.length >= minKey && y.family.includes(k))) return 'phonetic';
  return crossScript && sameAcrossScripts(x.familyToken, y.familyToken, translit) ? 'learned' : undefined;
}

/** What samePerson's given-name test needs to know cheaply: phonetic keys, and the scripts the given names use. */
interface GivenSignature {
  keys: Set<string>;
  arabic: boolean;
  latin: boolean;
}

function givenSignature(names: PersonName[]): GivenSignature {
  const keys = new Set(names.flatMap((n) => n.given));
  const arabic = names.some((n) => isArabicScript(n.givenToken));
  return { keys, arabic, latin: names.some((n) => !isArabicScript(n.givenToken)) };
}

/**
 * False only when samePerson must answer no: given names in one script agree only by a shared phonetic key
 * (the lexicon and the model compare across scripts). A common family name's block (thousands of persons)
 * is then compared pair by pair by this test, not by samePerson.
 */
function givenNamesMayAgree(a: GivenSignature, b: GivenSignature): boolean {
  if ((a.arabic && b.latin) || (a.latin && b.arabic)) return true;
  const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
  for (const k of small) if (large.has(k)) return true;
  return false;
}

function samePerson(a: PersonName[], b: PersonName[], translit: CaptionResources): string | undefined {
  const lexicon = givenNames();
  for (const x of a) {
    for (const y of b) {
      const family = sameFamily(x, y, translit);
      if (!family) continue;
      const sameGiven =
        x.given.some((k) => y.given.includes(k)) ||
        (lexicon.arabicToLatin.get(x.givenToken) ?? []).includes(normalizeName(y.givenToken)) ||
        (lexicon.arabicToLatin.get(y.givenToken) ?? []).includes(normalizeName(x.givenToken)) ||
        sameAcrossScripts(x.givenToken, y.givenToken, translit);
      if (!sameGiven) continue;
      return family === 'phonetic'
        ? `"${x.form}" and "${y.form}": same given and family name (phonetic match across scripts)`
        : `"${x.form}" and "${y.form}": same given and family name (learned transliteration across scripts)`;
    }
  }
  return undefined;
}

/**
 * The merged node keeps a lexicon id when one of its records has it (`person:` ids from persons.tsv),
 * else the id of its longest Latin-script name, else the slug of the Latin caption of the Arabic one.
 */
function personId(members: EntityRecord[], translit: CaptionResources): string {
  const known = members.find((m) => entityLexicon().names.has(m.id));
  if (known) return known.id;
  const forms = members.flatMap((m) => [m.name, ...m.forms]);
  const latin = forms.filter((f) => !isArabicScript(f)).sort((x, y) => y.length - x.length || x.localeCompare(y))[0];
  if (latin) return `person:${slug(nameKey(latin))}`;
  const arabic = [...forms].sort((x, y) => y.length - x.length || x.localeCompare(y))[0]!;
  return `person:${slug(latinCaption(translit, normalizeName(arabic)))}`;
}
