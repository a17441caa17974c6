// Marks boilerplate blocks in a document's paragraphs: marker-led blocks (lire aussi / اقرأ أيضا lists, comment
// forms, share prompts, agency bylines), lists of other headlines before the body starts or after it ends, and
// embedded tweets (kept extractable, kind 'embed'). One linear pass per rule family.
import type { BlockKind } from '../../model/types.js';
import { findDates } from '../dates/index.js';
import { stopwords } from '../language/index.js';
import { markerKey } from './normalize.js';
import { matchMarker } from './rules.js';

interface Features {
  words: number;
  titleLike: boolean;
  teaserLike: boolean;
  sentenceLike: boolean;
  bulleted: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
const LETTER_WORD = /\p{L}{2,}/gu;
const SENTENCE_END = /[.!?؟…]["»”’)]*$/u;
const ELLIPSIS = /(\.\.\.|…)$/u;
const CLAUSE_END = /[.:;,،]$/u;
const BULLET = /^[*•·▪◦‣\-–]+\s/u;
const TWEET_SIGNATURE = /^[—–-]\s*.{1,80}\(@\w{1,30}\)\s+.{0,40}\d{4}$/u;
const TWEET_TRACE = /pic\.twitter\.com\/|twitter\.com\/\w+\/status|(^|\s)#[\p{L}_]{2,}|(^|\s)@\w{2,}/u;

/** "القاهرة - الخميس 6 أغسطس 2020": a short line that is mostly a date sits between headline and body. */
function isDateline(text: string, words: number): boolean {
  return words <= 10 && /[0-9\u0660-\u0669]/.test(text) && findDates(text).length > 0;
}

/** "... through February 25 as": a line cut mid-sentence, not a headline. */
function endsWithFunctionWord(text: string): boolean {
  const last = /([\p{L}']+)\P{L}*$/u.exec(text)?.[1]?.toLowerCase();
  if (!last) return false;
  for (const words of stopwords().values()) if (words.has(last)) return true;
  return false;
}

function features(text: string): Features {
  const words = text.match(WORD)?.length ?? 0;
  const letterWords = text.match(LETTER_WORD)?.length ?? 0;
  const short = words >= 2 && words <= 25 && text.length <= 220 && letterWords >= 2;
  return {
    words,
    titleLike: short && !CLAUSE_END.test(text) && !ELLIPSIS.test(text) && !endsWithFunctionWord(text) && !isDateline(text, words),
    teaserLike: (short && !CLAUSE_END.test(text)) || (ELLIPSIS.test(text) && words <= 60),
    sentenceLike: words >= 25 || (words >= 6 && SENTENCE_END.test(text) && !ELLIPSIS.test(text)),
    bulleted: BULLET.test(text),
  };
}

/** One BlockKind per paragraph. */
export function classifyParagraphs(paragraphs: string[]): BlockKind[] {
  const f = paragraphs.map(features);
  const kinds: BlockKind[] = paragraphs.map(() => 'body');
  markerBlocks(paragraphs, f, kinds);
  embeds(paragraphs, f, kinds);
  headlineLists(f, kinds);
  return kinds;
}

function markerBlocks(paragraphs: string[], f: Features[], kinds: BlockKind[]): void {
  // nextText[i]: the first paragraph at or after i that reads as article text (computed once, right to left).
  const nextText: number[] = new Array(paragraphs.length + 1).fill(-1);
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const g = f[i]!;
    nextText[i] = g.sentenceLike && g.words >= 12 && !g.teaserLike ? i : nextText[i + 1]!;
  }
  for (let i = 0; i < paragraphs.length; i++) {
    const kind = matchMarker(markerKey(paragraphs[i]!), f[i]!.words);
    if (!kind) continue;
    kinds[i] = kind;
    if (kind === 'comments') {
      // Comment forms, rules and the comments themselves run to the end of the page.
      for (let j = i + 1; j < paragraphs.length; j++) kinds[j] = 'comments';
      return;
    }
    if (kind === 'related') {
      // The marker's list: teaser lines until the article text resumes; to the end when it never does.
      if (nextText[i + 1]! < 0) {
        // Later markers (a comment form after the list) still take their own kind as the loop goes on.
        for (let j = i + 1; j < paragraphs.length; j++) kinds[j] = 'related';
        continue;
      }
      let j = i + 1;
      while (j < paragraphs.length && f[j]!.teaserLike && !f[j]!.sentenceLike) kinds[j++] = 'related';
      i = j - 1;
    }
  }
}

/** "— Name (@handle) December 16, 2024" and the tweet text just above it; pic.twitter.com lines. */
function embeds(paragraphs: string[], f: Features[], kinds: BlockKind[]): void {
  for (let i = 0; i < paragraphs.length; i++) {
    if (kinds[i] !== 'body') continue;
    const text = paragraphs[i]!;
    if (TWEET_SIGNATURE.test(text)) {
      kinds[i] = 'embed';
      // The tweet text: the line above, and further lines above that carry tweet traces (hashtags, links).
      for (let j = i - 1, n = 0; j >= 0 && n < 4 && (kinds[j] === 'body' || kinds[j] === 'embed') && f[j]!.words <= 70; j--, n++) {
        if (n > 0 && !TWEET_TRACE.test(paragraphs[j]!)) break;
        kinds[j] = 'embed';
      }
    } else if (/pic\.twitter\.com\//.test(text) && f[i]!.words <= 70) {
      kinds[i] = 'embed';
    }
  }
}

/**
 * Runs of three or more title-like lines before the first body paragraph, or after the last one, are lists of
 * other articles. The line right before the body is the article's own headline and stays.
 */
function headlineLists(f: Features[], kinds: BlockKind[]): void {
  const isBody = (i: number) => kinds[i] === 'body' && f[i]!.sentenceLike && f[i]!.words >= 12;
  const bodies = f.map((_, i) => i).filter(isBody);
  const first = bodies[0] ?? -1;
  const last = bodies[bodies.length - 1] ?? -1;
  if (first < 0) return; // no article body: nothing to tell the lists from
  // The headline stays only if nothing but short lines (byline, dateline) separates it from the body.
  let lastLongBeforeBody = -1;
  for (let j = 0; j < first; j++) if (kinds[j] === 'body' && f[j]!.words > 12) lastLongBeforeBody = j;
  const mark = (from: number, to: number, keepLast: boolean) => {
    let runStart = -1;
    for (let i = from; i <= to; i++) {
      // Below the article, bulleted lines are its own fact box ("* Date de sortie : …"), not other headlines.
      const inRun = i < to && kinds[i] === 'body' && f[i]!.titleLike && !f[i]!.sentenceLike && (keepLast || !f[i]!.bulleted);
      if (inRun && runStart < 0) runStart = i;
      if (!inRun && runStart >= 0) {
        const runEnd = i - 1;
        if (runEnd - runStart + 1 >= 3) {
          const headline = keepLast && runEnd >= lastLongBeforeBody ? runEnd : -1;
          for (let j = runStart; j <= runEnd; j++) if (j !== headline) kinds[j] = 'headline-list';
        }
        runStart = -1;
      }
    }
  };
  mark(0, first, true);
  mark(last + 1, f.length, false);
}
