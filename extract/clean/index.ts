// Cleaning: RawDocument → CleanDocument. Normalises the text, drops repeated paragraphs,
// marks boilerplate so nothing is extracted from it, and adds language, sentences and date.
import type { BlockKind, CleanDocument, Paragraph, RawDocument, Sentence } from '../../model/types.js';
import { findDocumentDate } from '../dates/index.js';
import { detectLanguage } from '../language/index.js';
import { splitSentences } from '../segment/index.js';

// Zero-width and bidi controls carry no text; keep ZWNJ (U+200C), which matters in Persian/Arabic words.
const INVISIBLE = /[\u200B\u200D\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;

export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

function paragraphKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function classify(text: string): BlockKind {
  if (/^(lire aussi|à lire aussi|voir aussi|read more|read also|see also|اقرأ أيضا|اقرأ ايضا|إقرأ أيضا)\b/i.test(text)) return 'related';
  if (/(هل ترغب بالتعليق|التعليقات المنشورة|laisser un commentaire|leave a comment|ajouter un commentaire)/i.test(text)) return 'comments';
  if (/^(partager|share|شارك)\b/i.test(text)) return 'share';
  if (/^—\s|pic\.twitter\.com|^\(@\w+\)/.test(text)) return 'embed';
  return 'body';
}

export function cleanDocument(raw: RawDocument): CleanDocument {
  const normalized = normalizeText(raw.text);
  const seen = new Set<string>();
  const kept: Array<{ text: string; kind: BlockKind }> = [];
  let removedDuplicateParagraphs = 0;
  let afterRelated = false;
  for (const line of normalized.split('\n')) {
    const text = line.replace(/ {2,}/g, ' ').trim();
    if (!text) continue;
    const key = paragraphKey(text);
    if (key.length > 0 && seen.has(key)) {
      removedDuplicateParagraphs++;
      continue;
    }
    seen.add(key);
    let kind = classify(text);
    if (kind === 'related') afterRelated = true;
    else if (afterRelated) kind = 'related';
    kept.push({ text, kind });
  }
  let text = '';
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const block of kept) {
    if (text) text += '\n';
    const start = text.length;
    text += block.text;
    const lang = detectLanguage(block.text);
    const extract = block.kind === 'body' || block.kind === 'embed';
    paragraphs.push({ start, end: text.length, lang, kind: block.kind, extract });
    for (const s of splitSentences(text, start, text.length, lang)) sentences.push({ ...s, paragraph: paragraphs.length - 1, lang });
  }
  const counts = new Map<string, number>();
  for (const p of paragraphs) if (p.extract && p.lang !== 'und') counts.set(p.lang, (counts.get(p.lang) ?? 0) + (p.end - p.start));
  const lang = ([...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und') as CleanDocument['lang'];
  return {
    id: raw.id,
    source: raw.source,
    text,
    lang,
    date: findDocumentDate(text, raw.date, lang),
    title: raw.title,
    url: raw.url,
    paragraphs,
    sentences,
    cleaning: { removedDuplicateParagraphs, boilerplateParagraphs: paragraphs.filter((p) => !p.extract).length },
  };
}
