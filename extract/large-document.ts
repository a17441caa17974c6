// A document too long for one thread to extract quickly (a dump, a book, a concatenated feed) is cut at
// paragraph boundaries into parts that worker threads extract at the same time; the parts' results are then
// stitched into one extraction of the whole, with every offset in the joined text. Each part is resolved on
// its own (duplicate paragraphs and short names are matched within a part): the cross-document resolution
// of the build still merges what the parts name alike.
import type { DocumentExtraction, Entity, RawDocument } from '../model/types.js';
import { refOf, type ExtractedRecord } from './worker-task.js';

/** Target size of a part: large enough that its fixed costs vanish, small enough to share among threads. */
export const PART_CHARS = 256_000;

/** Cut points search this far back from the ideal one for a line break, then a sentence end, then a space. */
const SEARCH_CHARS = 20_000;

/** How many parts for a text of `length` over `threads` threads: a multiple of the threads, none over PART_CHARS by much. */
export function partCount(length: number, threads: number): number {
  if (threads < 2) return 1;
  return threads * Math.ceil(length / (threads * PART_CHARS));
}

/** The document cut into `count` parts of about equal length, each a document of its own with the same metadata. */
export function splitDocument(raw: RawDocument, count: number): RawDocument[] {
  const { text } = raw;
  if (count < 2) return [raw];
  const parts: RawDocument[] = [];
  let from = 0;
  for (let i = 1; i < count && from < text.length; i++) {
    const ideal = Math.max(from + 1, Math.round((text.length * i) / count));
    const cut = cutPoint(text, from, ideal);
    if (cut.end <= from) continue;
    parts.push({ ...raw, text: text.slice(from, cut.end) });
    from = cut.next;
  }
  parts.push({ ...raw, text: text.slice(from) });
  return parts;
}

/** Where to end a part near `ideal`: the part ends at `end`, the next starts at `next` (a line break is dropped). */
function cutPoint(text: string, from: number, ideal: number): { end: number; next: number } {
  const floor = Math.max(from + 1, ideal - SEARCH_CHARS);
  const lineBreak = text.lastIndexOf('\n', ideal);
  if (lineBreak >= floor) return { end: lineBreak, next: lineBreak + 1 };
  for (const mark of ['. ', '。', '؟ ', '? ', '! ', ' ']) {
    const at = text.lastIndexOf(mark, ideal);
    if (at >= floor) return { end: at + mark.length, next: at + mark.length };
  }
  // No break at all: never between the two halves of a surrogate pair.
  const hard = /[\uDC00-\uDFFF]/.test(text[ideal] ?? '') ? ideal + 1 : ideal;
  return { end: hard, next: hard };
}

/** The parts' extractions as one: texts joined by a line break, offsets shifted, entities of one id merged. */
export function stitchExtractions(parts: DocumentExtraction[]): DocumentExtraction {
  const first = parts[0]!;
  const entities = new Map<string, Entity>();
  const relations: DocumentExtraction['relations'] = [];
  const texts: string[] = [];
  const chars = new Map<string, number>();
  let offset = 0;
  for (const part of parts) {
    const shift = <S extends { start: number; end: number }>(s: S): S => ({ ...s, start: s.start + offset, end: s.end + offset });
    for (const e of part.entities) mergeEntity(entities, { ...e, mentions: e.mentions.map(shift) });
    for (const r of part.relations) relations.push({ ...r, evidence: shift(r.evidence) });
    texts.push(part.doc.text);
    chars.set(part.doc.lang, (chars.get(part.doc.lang) ?? 0) + part.doc.text.length);
    offset += part.doc.text.length + 1;
  }
  // The language of most of the text; the date, title and source of the first part (its dateline, its metadata).
  const lang = [...chars].sort((a, b) => b[1] - a[1])[0]![0] as DocumentExtraction['doc']['lang'];
  return { doc: { ...first.doc, lang, text: texts.join('\n') }, entities: [...entities.values()], relations };
}

function mergeEntity(into: Map<string, Entity>, e: Entity): void {
  const known = into.get(e.id);
  if (!known) {
    into.set(e.id, e);
    return;
  }
  known.aliases = union(known.aliases, [e.name, ...e.aliases]).filter((a) => a !== known.name);
  known.mentions = [...known.mentions, ...e.mentions];
  known.confidence = Math.max(known.confidence, e.confidence);
  if (e.titles) known.titles = union(known.titles ?? [], e.titles);
  if (e.parties) known.parties = union(known.parties ?? [], e.parties);
  if (e.mergeReasons) known.mergeReasons = union(known.mergeReasons ?? [], e.mergeReasons);
  known.country ??= e.country;
  known.kind ??= e.kind;
  known.domain ??= e.domain;
  known.date ??= e.date;
  known.status ??= e.status;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** One record from the parts' records: their extractions stitched, their notes kept, the entity table rebuilt. */
export function stitchRecords(records: ExtractedRecord[], cutNote?: string): ExtractedRecord {
  const done = records.filter((r) => r.line !== undefined);
  const notes = records.flatMap((r, i) => (r.note ? [`part ${i + 1} of ${records.length}: ${r.note}`] : []));
  if (cutNote) notes.unshift(cutNote);
  const note = notes.length ? notes.join('; ') : undefined;
  if (done.length === 0) return { entities: [], ...(note ? { note } : {}) };
  const decoder = new TextDecoder();
  const stitched = stitchExtractions(done.map((r) => JSON.parse(decoder.decode(r.line)) as DocumentExtraction));
  const transliterations = new Map(done.flatMap((r) => r.transliterations ?? []));
  return {
    line: new TextEncoder().encode(JSON.stringify(stitched)),
    entities: stitched.entities.map(refOf),
    ...(note ? { note } : {}),
    ...(transliterations.size ? { transliterations: [...transliterations] } : {}),
  };
}
