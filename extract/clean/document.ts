// RawDocument → CleanDocument: normalise, split paragraphs, drop repeats, mark boilerplate, then add
// paragraph languages, sentences and the document date. Offsets refer to the cleaned text built here.
import type { CleanDocument, LanguageOrUnknown, Paragraph, RawDocument, Sentence } from '../../model/types.js';
import { LANGUAGES } from '../../model/types.js';
import { findDocumentDate } from '../dates/index.js';
import { detectLanguage, smoothLanguages } from '../language/index.js';
import { splitSentences } from '../segment/index.js';
import { classifyParagraphs } from './boilerplate.js';
import { removeDuplicates } from './dedupe.js';
import { normalizeText } from './normalize.js';
import { splitParagraphs } from './paragraphs.js';

const isLanguage = (v: string | undefined): v is (typeof LANGUAGES)[number] => !!v && (LANGUAGES as readonly string[]).includes(v);

/** The language with the most extractable characters; metadata breaks a tie with nothing. */
function mainLanguage(paragraphs: Paragraph[], declared: string | undefined): LanguageOrUnknown {
  const chars = new Map<LanguageOrUnknown, number>();
  for (const p of paragraphs) if (p.extract && p.lang !== 'und') chars.set(p.lang, (chars.get(p.lang) ?? 0) + p.end - p.start);
  const best = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const lang = declared?.slice(0, 2).toLowerCase();
  return best ?? (isLanguage(lang) ? lang : 'und');
}

export function cleanDocument(raw: RawDocument): CleanDocument {
  const all = splitParagraphs(normalizeText(raw.text));
  const { kept, removed } = removeDuplicates(all);
  const texts = kept.map((i) => all[i]!);
  const kinds = classifyParagraphs(texts);
  const langs = smoothLanguages(texts, texts.map(detectLanguage));

  const text = texts.join('\n');
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  texts.forEach((t, i) => {
    const start = offset;
    const end = start + t.length;
    offset = end + 1;
    const kind = kinds[i]!;
    const lang = langs[i]!;
    paragraphs.push({ start, end, lang, kind, extract: kind === 'body' || kind === 'embed' });
    for (const s of splitSentences(text, start, end, lang)) sentences.push({ ...s, paragraph: i, lang });
  });

  const lang = mainLanguage(paragraphs, raw.lang);
  const date = findDocumentDate(text, raw.date, lang);
  const doc: CleanDocument = {
    id: raw.id,
    source: raw.source,
    text,
    lang,
    paragraphs,
    sentences,
    cleaning: { removedDuplicateParagraphs: removed, boilerplateParagraphs: paragraphs.filter((p) => !p.extract).length },
  };
  if (date) doc.date = date;
  const title = raw.title?.trim();
  if (title) doc.title = title;
  if (raw.url) doc.url = raw.url;
  return doc;
}
