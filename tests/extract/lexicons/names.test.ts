// Shape and spelling checks of the cross-script name lexicons in extract/lexicons/shared/: given names,
// surname particles and the transliteration table; an Arabic-origin pair must be explainable by the table.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../extract/text/normalize.js';

const SHARED = join(dirname(fileURLToPath(import.meta.url)), '../../../extract/lexicons/shared');

const ORIGINS = ['arabic', 'amazigh', 'african', 'french', 'european', 'asian', 'other'];
const HARAKAT = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00A0\r]/u;
/** Arabic letters (U+0621–U+064A plus Persian/Maghreb extras) and single spaces between words. */
const ARABIC_FORM = /^[\u0621-\u063A\u0641-\u064A\u067E\u0686\u06A4\u06A8\u06AF\u0698]+(?: [\u0621-\u063A\u0641-\u064A\u067E\u0686\u06A4\u06A8\u06AF\u0698]+)*$/u;
/** Latin letters with single spaces, hyphens or apostrophes between them. */
const LATIN_FORM = /^\p{Script=Latin}+(?:[ '’-]\p{Script=Latin}+)*$/u;

interface Row {
  line: number;
  cells: string[];
}

/** Data rows of a shared TSV with 1-based line numbers; cells are not trimmed, so stray spaces show. */
function rows(file: string): Row[] {
  return readFileSync(join(SHARED, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'))
    .map(({ line, text }) => ({ line, cells: text.split('\t') }));
}

function header(file: string): string {
  return readFileSync(join(SHARED, file), 'utf8').split('\n').filter((l) => l.startsWith('#')).join('\n');
}

/** Problems common to every file: column count, clean Unicode, no padding. */
function cellProblems(file: string, columns: number): string[] {
  const out: string[] = [];
  for (const { line, cells } of rows(file)) {
    if (cells.length !== columns) out.push(`${file}:${line}: ${cells.length} columns, expected ${columns}`);
    for (const cell of cells) {
      if (cell !== cell.trim()) out.push(`${file}:${line}: padded cell "${cell}"`);
      if (cell !== cell.normalize('NFC')) out.push(`${file}:${line}: not NFC "${cell}"`);
      if (INVISIBLE.test(cell)) out.push(`${file}:${line}: invisible character in "${cell}"`);
      if (HARAKAT.test(cell)) out.push(`${file}:${line}: harakat or tatweel in "${cell}"`);
    }
  }
  return out;
}

const given = rows('given-names.tsv').map(({ line, cells }) => ({ line, latin: cells[0] ?? '', arabic: cells[1] ?? '', origin: cells[2] ?? '' }));
const pairs = new Set(given.map((g) => `${g.latin}\t${g.arabic}`));
const has = (latin: string, arabic: string) => pairs.has(`${latin}\t${arabic}`);

describe('given-names.tsv', () => {
  it('has a source line and clean cells in three columns', () => {
    expect(header('given-names.tsv')).toMatch(/^# source: /m);
    expect(cellProblems('given-names.tsv', 3)).toEqual([]);
  });

  it('has at least 1,200 rows, valid origins, and no duplicate pair', () => {
    expect(given.length).toBeGreaterThanOrEqual(1200);
    expect(given.filter((g) => !ORIGINS.includes(g.origin)).map((g) => `${g.line}: ${g.origin}`)).toEqual([]);
    expect(pairs.size).toBe(given.length);
  });

  it('writes Latin forms in Latin script and Arabic forms in Arabic script', () => {
    // One side may be empty when the other script's spelling is a frequent common word; never both.
    expect(given.filter((g) => !g.latin && !g.arabic).map((g) => g.line)).toEqual([]);
    expect(given.filter((g) => g.latin !== '' && !LATIN_FORM.test(g.latin)).map((g) => `${g.line}: ${g.latin}`)).toEqual([]);
    expect(given.filter((g) => g.arabic !== '' && !ARABIC_FORM.test(g.arabic)).map((g) => `${g.line}: ${g.arabic}`)).toEqual([]);
  });

  it('has no Arabic form that is, once normalised, a frequent common word', () => {
    // These anchored false persons on real Arabic news ("أكبر سمكة", "أمين منطقة", "المتحدث باسم", "رحمه الله").
    const words = [
      'أن', 'الآن', 'هو', 'أنا', 'أني', 'بأن', 'أية', 'مني', 'أكبر', 'أمنية', 'ثاني', 'حياة', 'رحمه', 'صباح', 'جيل', 'يزيد',
      'ملاك', 'كامل', 'رمضان', 'أمين', 'الأمين', 'أمير', 'باسم', 'أسماء', 'آمنة', 'صادق', 'آسيا', 'معروف', 'معين', 'أدوار',
      'تشن', 'لحسن', 'سلفا', 'بشري', 'الأخضر',
    ];
    const forms = new Set(given.filter((g) => g.arabic).map((g) => normalizeName(g.arabic)));
    expect(words.filter((w) => forms.has(normalizeName(w)))).toEqual([]);
  });

  it('has no Latin form that is a capitalised common word or a title', () => {
    // "Marine Royale", "Christian Democrats", "the Emir of Qatar", "Asia Pacific" must not start a person.
    const words = ['Marine', 'Florence', 'Nancy', 'Christian', 'Asia', 'Park', 'May', 'Emir', 'Sheikh', 'Ban', 'Jordan'];
    const forms = new Set(given.map((g) => g.latin));
    expect(words.filter((w) => forms.has(w))).toEqual([]);
  });

  it('covers every origin and the variants the press uses', () => {
    for (const origin of ORIGINS) expect(given.some((g) => g.origin === origin), origin).toBe(true);
    const expected: Array<[string, string]> = [
      ['Mohammed', 'محمد'], ['Mohamed', 'محمد'], ['Muhammad', 'محمد'], ['Mohamad', 'محمد'],
      ['Abdullah', 'عبد الله'], ['Abdellah', 'عبدالله'], ['Abdalla', 'عبد الله'], ['Abdel Aziz', 'عبد العزيز'], ['Abdulaziz', 'عبدالعزيز'],
      ['Youssef', 'يوسف'], ['Yusuf', 'يوسف'], ['Hicham', 'هشام'], ['Hisham', 'هشام'], ['Khaled', 'خالد'], ['Larbi', 'العربي'],
      ['Amal', 'أمل'], ['Ghita', 'غيثة'], ['Nadia', 'نادية'], ['Fatim', 'فاطمة'], ['Hafidh', 'حفيظ'], ['Fouzi', 'فوزي'],
      ['Fayçal', 'فيصل'], ['Meriem', 'مريم'], ['Maryam', 'مريم'], ['Liliane', 'ليليان'], ['Nasser', 'ناصر'],
      ['Massinissa', 'ماسينيسا'], ['Tafsout', 'تافسوت'], ['Itto', 'إيطو'], ['Mimoun', 'ميمون'],
      ['Mamadou', 'مامادو'], ['Ousmane', 'عثمان'], ['Boubacar', 'أبوبكر'], ['Ibrahima', 'إبراهيم'], ['Cheikh', 'الشيخ'],
      ['Abiy', 'آبي'], ['Macky', 'ماكي'], ['Alassane', 'الحسن'], ['Mahamat', 'محمد'], ['Samia', 'سامية'], ['Cyril', 'سيريل'],
      ['Emmanuel', 'إيمانويل'], ['Josep', 'جوزيب'], ['Ursula', 'أورسولا'], ['António', 'أنطونيو'], ['Charles', 'تشارلز'], ['Charles', 'شارل'],
      ['Xi', 'شي'], ['Wang', 'وانغ'], ['Fumio', 'فوميو'], ['Narendra', 'ناريندرا'], ['Recep', 'رجب'], ['Tayyip', 'طيب'], ['Mevlüt', 'مولود'],
    ];
    expect(expected.filter(([l, a]) => !has(l, a))).toEqual([]);
  });

  it('lists the hamza-less spelling next to the hamza one', () => {
    expect(has('Ahmed', 'أحمد') && has('Ahmed', 'احمد')).toBe(true);
    expect(has('Ibrahim', 'إبراهيم') && has('Ibrahim', 'ابراهيم')).toBe(true);
  });

  it('never pairs names that only look alike', () => {
    // Each of these would merge two different people.
    const wrong: Array<[string, string]> = [
      ['Salah', 'صالح'], ['Saleh', 'صلاح'], ['Kamal', 'كامل'], ['Sameh', 'سميح'], ['Samia', 'سمية'], ['Hassan', 'حسين'],
      ['Hussein', 'حسن'], ['Amina', 'آمنة'], ['Nadir', 'نديم'], ['Rachid', 'رشاد'], ['Ahmed', 'محمد'], ['Mahmoud', 'محمد'],
    ];
    expect(wrong.filter(([l, a]) => has(l, a))).toEqual([]);
  });

  it('spells Arabic-origin names consistently with transliteration.tsv', () => {
    const table = transliterationTable();
    const native = given.filter((g) => g.arabic && g.latin && (g.origin === 'arabic' || g.origin === 'amazigh'));
    const unexplained = native.filter((g) => !explains(table, g.arabic, g.latin)).map((g) => `${g.line}: ${g.latin} ${g.arabic}`);
    expect(unexplained).toEqual([]);
  });
});

describe('surname-particles.tsv', () => {
  const particles = rows('surname-particles.tsv').map(({ cells }) => ({ form: cells[0] ?? '', script: cells[1] ?? '', kind: cells[2] ?? '' }));

  it('has a source line, three clean columns and closed vocabularies', () => {
    expect(header('surname-particles.tsv')).toMatch(/^# source: /m);
    expect(cellProblems('surname-particles.tsv', 3)).toEqual([]);
    expect(particles.filter((p) => !['latin', 'arabic'].includes(p.script) || !['particle', 'honorific', 'article'].includes(p.kind))).toEqual([]);
    expect(particles.filter((p) => (p.script === 'arabic' ? !ARABIC_FORM.test(p.form) : !/^\p{Script=Latin}+(?:[ -]\p{Script=Latin}+)*-?$/u.test(p.form)))).toEqual([]);
    expect(new Set(particles.map((p) => p.form)).size).toBe(particles.length);
  });

  it('holds the particles, honorifics and articles names are built with', () => {
    const kindOf = new Map(particles.map((p) => [p.form, p.kind]));
    for (const f of ['bin', 'ben', 'ibn', 'ould', 'ag', 'Abou', 'Abu', 'Bou', 'Ait', 'Aït', 'Oulad', 'بن', 'ابن', 'ولد', 'أبو', 'بو', 'آل', 'أيت']) expect(kindOf.get(f), f).toBe('particle');
    for (const f of ['Moulay', 'Sidi', 'Lalla', 'مولاي', 'سيدي', 'للا', 'Cheikh', 'الشيخ', 'Sheikh', 'Hajj', 'الحاج']) expect(kindOf.get(f), f).toBe('honorific');
    for (const f of ['El', 'Al', 'Al-', 'el-', 'ال']) expect(kindOf.get(f), f).toBe('article');
  });

  it('contains no word that is also a common conjunction or preposition', () => {
    // "et", "ou", "en", "as", "أو" would glue two names into one person.
    const forms = particles.map((p) => p.form.toLowerCase().replace(/-$/, ''));
    expect(forms.filter((f) => ['et', 'ou', 'en', 'es', 'as', 'an', 'at', 'and', 'or', 'أو', 'و', 'في'].includes(f))).toEqual([]);
  });
});

describe('transliteration.tsv', () => {
  const table = rows('transliteration.tsv').map(({ cells }) => ({ arabic: cells[0] ?? '', latin: cells[1] ?? '', note: cells[2] ?? '' }));

  it('has a source line, three clean columns, Arabic keys and Latin values', () => {
    expect(header('transliteration.tsv')).toMatch(/^# source: /m);
    expect(cellProblems('transliteration.tsv', 3)).toEqual([]);
    expect(table.filter((t) => !/^[\u0621-\u064A\u067E\u0686\u06A4\u06A8\u06AF\u0698]+$/u.test(t.arabic))).toEqual([]);
    expect(table.filter((t) => t.latin !== '' && !/^[\p{Script=Latin}']+$/u.test(t.latin))).toEqual([]);
    expect(new Set(table.map((t) => `${t.arabic}\t${t.latin}`)).size).toBe(table.length);
  });

  it('maps every Arabic letter, with the French and English alternatives', () => {
    const letters = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي';
    for (const letter of letters) expect(table.some((t) => t.arabic === letter), letter).toBe(true);
    const expected = [['ش', 'ch'], ['ش', 'sh'], ['خ', 'kh'], ['غ', 'gh'], ['ج', 'dj'], ['ق', 'k'], ['ع', ''], ['و', 'ou'], ['ث', 'th'], ['ال', 'el'], ['ال', '']];
    for (const [a, l] of expected) expect(table.some((t) => t.arabic === a && t.latin === l), `${a} → ${l}`).toBe(true);
  });
  it('covers every letter the given names are written with', () => {
    const letters = new Set(given.flatMap((g) => [...g.arabic.replace(/ /g, '')]));
    expect([...letters].filter((c) => !table.some((t) => t.arabic === c))).toEqual([]);
  });
});

type Table = Map<string, string[]>;

function foldLatin(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/[’]/g, "'");
}

function transliterationTable(): Table {
  const table: Table = new Map();
  for (const { cells } of rows('transliteration.tsv')) {
    const [arabic = '', latin = ''] = cells;
    table.set(arabic, [...(table.get(arabic) ?? []), foldLatin(latin)]);
  }
  return table;
}

/**
 * Whether the Latin spelling can be produced from the Arabic one with the table, unwritten short vowels
 * and doubled consonants (shadda): a small search over (Arabic position, Latin position).
 */
function explains(table: Table, arabic: string, latin: string): boolean {
  const a = arabic.replace(/ /g, '');
  const l = foldLatin(latin).replace(/[ -]/g, '');
  const keys = [...table.keys()];
  const seen = new Set<string>();
  const stack: Array<[number, number]> = [[0, 0]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const key = `${i},${j}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === a.length && j === l.length) return true;
    if (j < l.length && /[aeiouy']/.test(l[j]!)) stack.push([i, j + 1]);
    if (j > 0 && j < l.length && l[j] === l[j - 1]) stack.push([i, j + 1]);
    for (const k of keys) {
      if (!a.startsWith(k, i)) continue;
      for (const v of table.get(k)!) if (l.startsWith(v, j)) stack.push([i + k.length, j + v.length]);
    }
  }
  return false;
}
