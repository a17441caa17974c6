// Finds where an evidence sentence names the relation's endpoints, for <mark>ing the quoted span.

/** Sorted, merged [start, end) spans of `names` in `text`, case-insensitive; [] when none is found. */
export function findNameSpans(text: string, names: string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  // toLowerCase can change length (e.g. "İ"); offsets would then drift, so fall back to the whole quote.
  if (lower.length !== text.length) return [];
  const spans: Array<[number, number]> = [];
  for (const name of new Set(names)) {
    const needle = name.trim().toLowerCase();
    if (needle.length < 2 || needle.length !== name.trim().length) continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      spans.push([at, at + needle.length]);
      from = at + needle.length;
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** Splits text into plain and marked segments (the whole text marked when no span is given). */
export function segments(text: string, spans: Array<[number, number]>): Array<{ text: string; marked: boolean }> {
  if (spans.length === 0) return [{ text, marked: true }];
  const parts: Array<{ text: string; marked: boolean }> = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start > cursor) parts.push({ text: text.slice(cursor, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), marked: false });
  return parts;
}
