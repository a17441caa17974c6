// HTML → main text with paragraph breaks, via @mozilla/readability on a linkedom DOM, plus meta title/date/url/lang.
// When Readability finds no article (short pages), the whole body minus navigation/scripts is used instead.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedText } from './types.js';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree with a line break around every block element. Iterative: hostile pages nest deeply. */
export function domToText(root: DomNode, skipChrome = false): string {
  const parts: string[] = [];
  const stack: Array<DomNode | '\n'> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || (skipChrome && CHROME.has(name))) continue;
    if (BLOCK.has(name)) {
      parts.push('\n');
      stack.push('\n'); // closes the block after its children
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(document: Doc, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

/** Date metadata reduced to its ISO date part; anything else is dropped rather than guessed. */
function isoDate(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4})(-\d{2})?(-\d{2})?/.exec(value) : null;
  return m ? m[0] : undefined;
}

/** Deepest element nesting and element count, walked iteratively. */
function shape(root: DomNode): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (node.nodeType !== 1 && node.nodeType !== 9) continue;
    elements++;
    if (d > depth) depth = d;
    for (let i = 0; i < node.childNodes.length; i++) stack.push([node.childNodes[i]!, d + 1]);
  }
  return { depth, elements };
}

// Readability's cost grows much faster than linearly with nesting: a crafted page 2,000 levels deep takes
// minutes. Real articles stay far below these bounds; beyond them the body walker alone is used.
const READABILITY_MAX_DEPTH = 150;
const READABILITY_MAX_ELEMENTS = 60_000;

function mainText(html: string, document: Doc): string {
  const root = document as unknown as DomNode;
  const { depth, elements } = shape(root);
  let text = '';
  if (depth <= READABILITY_MAX_DEPTH && elements <= READABILITY_MAX_ELEMENTS) {
    try {
      // Readability mutates the DOM it is given: parse a second copy for it.
      const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
      if (article?.content) text = domToText(parseHTML(`<html><body>${article.content}</body></html>`).document as unknown as DomNode);
    } catch {
      text = ''; // a page Readability cannot handle still has a body
    }
  }
  // Below Readability's own threshold its pick is a guess (it may return the menu): the body minus chrome is safer.
  if (text.length < 200) text = domToText(root, true) || text;
  return text;
}

export function htmlToText(html: string): ExtractedText {
  // linkedom needs a root element: text without any (a fragment, a mislabelled file) is wrapped in one.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`);
  if (!document.documentElement) return { text: html.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim() };
  const metaTitle = meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']);
  // <title> comes last: it often carries the site's name ("… | Example News").
  const title = metaTitle ?? (document.querySelector('title')?.textContent?.trim() || undefined);
  const date = isoDate(
    meta(document, [
      'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
      'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="DC.date.issued"]',
      'meta[name="dc.date"]', 'meta[property="og:published_time"]', 'time[datetime]',
    ]),
  );
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const lang = document.documentElement.getAttribute('lang')?.slice(0, 2).toLowerCase() || undefined;
  let text = mainText(html, document);
  // Readability drops the headline it takes for the title; the headline names the parties, so it goes back on top.
  const headline = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim() || metaTitle;
  if (headline && !text.slice(0, 500).includes(headline)) text = `${headline}\n${text}`;
  return { text, title: title?.replace(/\s+/g, ' '), date, url, lang };
}
