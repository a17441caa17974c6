// Readers of the open organisation lists for build-organisations.ts: supraverden's YAML (one block per body,
// two-space "Key: value" fields) and IATI's CRS channel code XML (code, English and French narratives).
import { slug } from '../../text/normalize.js';

export interface OpenOrganisation {
  id: string;
  kind: string;
  source: 'supraverden' | 'iati';
  /** Family in supraverden ("UN and affiliates", "African Union entities", …), when given. */
  family?: string;
  /** `alternative`: an informal name ("Council of ministers"), kept only when it has a word of its own. */
  forms: Array<{ lang: string; form: string; alternative?: boolean }>;
}

const NAME_FIELDS: Array<[string, string]> = [
  ['Name_en', 'en'], ['Name_other_en', 'en'], ['Name_other_2_en', 'en'], ['Name_fr', 'fr'], ['Name_ar', 'ar'],
  ['Abbreviation_en', '*'], ['Abbreviation_other_en', '*'], ['Abbreviation_fr', '*'],
];

export function parseSupraverden(text: string): OpenOrganisation[] {
  const out: OpenOrganisation[] = [];
  let fields: Map<string, string> | undefined;
  const flush = () => {
    if (!fields) return;
    const name = fields.get('Name_en');
    if (!name) return;
    const forms = NAME_FIELDS.map(([f, lang]) => ({ lang, form: fields!.get(f) ?? '', ...(f.includes('other') && lang !== '*' ? { alternative: true } : {}) })).filter((x) => x.form && x.form !== 'null' && !x.form.startsWith('['));
    const family = fields.get('Org_family');
    out.push({ id: `org:${slug(name)}`, kind: /\bbank\b/i.test(name) ? 'bank' : 'igo', source: 'supraverden', forms, ...(family && family !== 'none' ? { family } : {}) });
  };
  for (const line of text.split('\n')) {
    if (/^\S.*:\s*$/.test(line)) {
      flush();
      fields = new Map();
      continue;
    }
    const m = /^ {2}([A-Za-z_0-9]+):\s*(.*)$/.exec(line);
    if (m && fields) fields.set(m[1]!, unquote(m[2]!.trim()));
  }
  flush();
  return out;
}

function unquote(v: string): string {
  if ((v.startsWith("'") && v.endsWith("'")) || (v.startsWith('"') && v.endsWith('"'))) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** Generic categories and qualifiers that are not one body's name. */
const GENERIC = /\b(?:other|entities|country office|country-based|contributions?|national|unspecified|various|sub-accounts?)\b/i;

export function parseCrsChannelCodes(xml: string): OpenOrganisation[] {
  const items = [...xml.matchAll(/<codelist-item[^>]*>([\s\S]*?)<\/codelist-item>/g)].map((m) => m[1]!);
  const categories = new Set(items.map((i) => /<category>(\d+)<\/category>/.exec(i)?.[1]).filter(Boolean));
  const out: OpenOrganisation[] = [];
  for (const item of items) {
    const code = /<code>(\d+)<\/code>/.exec(item)?.[1];
    if (!code || categories.has(code)) continue;
    const n = Number(code);
    // 21xxx international NGOs, 3xxxx networks and partnerships, 4xxxx multilateral bodies; not country-based ones.
    if (!((n >= 21000 && n < 22000) || (n >= 30000 && n < 50000))) continue;
    const en = decode(/<narrative>([^<]*)<\/narrative>/.exec(item)?.[1] ?? '');
    const fr = decode(/<narrative xml:lang="fr">([^<]*)<\/narrative>/.exec(item)?.[1] ?? '');
    if (!en || GENERIC.test(en)) continue;
    const acronyms = [...en.matchAll(/\(([A-Z][A-Za-z&-]{2,11})\)/g)].map((m) => m[1]!);
    const clean = (s: string) => s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+-\s+.*$/, '').replace(/\s+/g, ' ').trim();
    const forms = [{ lang: 'en', form: clean(en) }];
    if (fr && clean(fr) !== clean(en) && !GENERIC.test(fr)) forms.push({ lang: 'fr', form: clean(fr) });
    for (const a of acronyms) forms.push({ lang: '*', form: a });
    if (forms[0]!.form.split(' ').length < 2) continue;
    const kind = n >= 30000 && n < 40000 ? 'other' : n < 22000 ? 'association' : /\bbank\b/i.test(en) ? 'bank' : 'igo';
    out.push({ id: `org:${slug(clean(en))}`, kind, source: 'iati', forms });
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&apos;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();
}
