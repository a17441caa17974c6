// Markdown → plain text: one paragraph a line, markup removed, front matter read for title/date/url/lang.
// Not a full CommonMark parser: news exported as Markdown uses a small subset, and hostile input must not hang it.
import type { ExtractedText } from './types.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const BLOCK_START = /^(#{1,6}\s|>|[-*+]\s|\d+[.)]\s|\|)/;

function frontMatter(text: string): { meta: Record<string, string>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    if (kv) meta[kv[1]!.toLowerCase()] = kv[2]!.trim().replace(/^["']|["']$/g, '');
  }
  return { meta, body: text.slice(m[0].length) };
}

/** Inline markup → its text: links keep their label, images their nothing, emphasis markers go. */
export function stripInline(line: string): string {
  return line
    // Bounded repetitions: an unclosed "[" must not make each later "[" rescan the whole line.
    .replace(/!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)/g, '')
    .replace(/\[([^\]\n]{0,300})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\[([^\]\n]{0,300})\]\[[^\]\n]{0,100}\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
    // Single `_` only at word edges: Arabic hashtags use `_` inside words (#منتدى_حوكمة).
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]*?\S)[*_](?=$|[\s).,;:!?])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1');
}

function blockLine(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^(>\s?)+/, '')
    .replace(/^[-*+]\s+/, '')
    .replace(/^\d+[.)]\s+/, '');
}

/** Strips Markdown to text; soft-wrapped lines of one paragraph are joined with a space. */
export function markdownToText(source: string): ExtractedText {
  const { meta, body } = frontMatter(source);
  const out: string[] = [];
  let current: string[] = [];
  let inFence = false;
  let firstHeading: string | undefined;
  const flush = () => {
    if (current.length) out.push(current.join(' '));
    current = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence; // code is not news text
      flush();
      continue;
    }
    if (inFence) continue;
    const trimmed = line.trim();
    if (!trimmed || /^([-*_]\s*){3,}$/.test(trimmed) || /^\|?\s*:?-{3,}/.test(trimmed) || /^\[[^\]]+\]:\s*\S+/.test(trimmed)) {
      flush();
      continue;
    }
    if (/^={3,}$|^-{3,}$/.test(trimmed)) continue; // setext underline
    if (BLOCK_START.test(trimmed)) flush();
    let text = stripInline(blockLine(trimmed));
    if (trimmed.startsWith('|')) text = text.split('|').map((c) => c.trim()).filter(Boolean).join(' ; ');
    if (/^#{1,6}\s/.test(trimmed) && firstHeading === undefined) firstHeading = text;
    current.push(text);
    if (/^(#{1,6}\s|\|)/.test(trimmed)) flush(); // headings and table rows are one line each
  }
  flush();
  return {
    text: out.filter((p) => p.trim()).join('\n'),
    title: meta.title ?? firstHeading,
    date: meta.date,
    url: meta.url ?? meta.link,
    lang: meta.lang ?? meta.language,
  };
}
