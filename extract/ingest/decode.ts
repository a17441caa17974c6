// Bytes → text: BOMs, UTF-16 without BOM (odd lengths too), UTF-8, then chardet + iconv-lite for legacy Arabic/French
// code pages. Failures stay local: invalid UTF-8 bytes become U+FFFD where they are, and every such decision is a note.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { SAMPLE_BYTES } from './limits.js';
import type { Decoded, Detection } from './types.js';

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/gu;
const LETTER = /\p{L}/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Share of C0 control bytes other than tab, LF, CR and FF: high in binary files and in UTF-16. */
function controlByteRatio(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  return bytes.length ? controls / bytes.length : 0;
}

/** Share of characters that are ordinary in news text (letters, digits, punctuation, spaces). */
export function plausibility(text: string): number {
  if (!text) return 0;
  let good = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const c = ch.codePointAt(0)!;
    if (
      (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 ||
      (c >= 0xa0 && c <= 0x24f) || // Latin-1 supplement and extended Latin
      (c >= 0x600 && c <= 0x6ff) || // Arabic
      (c >= 0x2000 && c <= 0x206f) || // general punctuation
      (c >= 0xfb50 && c <= 0xfeff) // Arabic presentation forms
    ) good++;
  }
  return good / total;
}

/**
 * Valid multi-byte sequences and invalid bytes of UTF-8. A sequence cut at the end of `bytes` counts as neither when
 * `sample` is set (the sample ends mid-file), as invalid otherwise.
 */
export function scanUtf8(bytes: Uint8Array, sample = false): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len && i + len > bytes.length && sample) break;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) {
      const c = bytes[i + k]!;
      const lo = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c < lo || c > hi) ok = false;
    }
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** Between the Arabic and the Latin code page, judged on the decoded text, not on chardet's word alone. */
function legacyCodePage(bytes: Uint8Array): Detection {
  const guesses = chardet.analyse(bytes).map((g) => g.name.toLowerCase());
  const arabic = iconv.decode(Buffer.from(bytes), 'windows-1256');
  const arabicShare = count(arabic, ARABIC_LETTER) / Math.max(1, count(arabic, LETTER));
  // French decoded as 1256 keeps most letters (1256 has à é è ç at the Latin-1 places), so Arabic must dominate.
  const looksArabic = arabicShare > 0.5 || (arabicShare > 0.3 && guesses[0]?.includes('1256'));
  const encoding = looksArabic ? 'windows-1256' : guesses[0] === 'iso-8859-1' ? 'ISO-8859-1' : 'windows-1252';
  const text = looksArabic ? arabic : iconv.decode(Buffer.from(bytes), 'windows-1252');
  if (plausibility(text) < 0.9) return { ok: false, reason: `undecodable text (tried ${encoding})` };
  return { ok: true, encoding, bom: 0 };
}

/**
 * Chooses the encoding of a file from its first bytes (`sample`: true when `bytes` is only the start of it).
 * UTF-8 wins when its valid multi-byte sequences outnumber its invalid bytes: a few bad bytes are local damage,
 * not a sign of another code page.
 */
export function detectEncoding(bytes: Uint8Array, sample = false): Detection {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ok: true, encoding: 'UTF-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, encoding: 'UTF-16LE', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, encoding: 'UTF-16BE', bom: 2 };

  // UTF-16 without BOM shows up as many control bytes (0x00 for Latin, 0x06 for Arabic high bytes).
  const head = bytes.subarray(0, SAMPLE_BYTES);
  if (controlByteRatio(head) > 0.05 || head.includes(0)) {
    for (const encoding of ['UTF-16LE', 'UTF-16BE'] as const) {
      const text = decodeUtf16(head.subarray(0, Math.min(head.length & ~1, 40_000)), encoding);
      if (plausibility(text) > 0.97) return { ok: true, encoding, bom: 0 };
    }
    return { ok: false, reason: head.includes(0) ? 'binary file (NUL bytes)' : 'binary file (control characters)' };
  }
  const { multibyte, invalid } = scanUtf8(sample ? head : bytes, sample);
  if (invalid === 0 || multibyte >= invalid) return { ok: true, encoding: 'UTF-8', bom: 0 };
  return legacyCodePage(sample ? head : bytes);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): string {
  const even = bytes.subarray(0, bytes.length & ~1);
  const text = encoding === 'UTF-16LE' ? Buffer.from(even).toString('utf16le') : iconv.decode(Buffer.from(even), 'utf16be');
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Decodes bytes (without their BOM) in a chosen encoding; what had to be replaced is told in `notes`. */
export function decodeWith(bytes: Uint8Array, encoding: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE') {
    let text = decodeUtf16(bytes, encoding);
    if (bytes.length % 2 !== 0) {
      text += '\uFFFD';
      notes.push(`odd byte count for ${encoding}: the last byte became U+FFFD`);
    }
    return { text, notes };
  }
  if (encoding === 'UTF-8') {
    const { invalid } = scanUtf8(bytes);
    if (invalid) notes.push(`${invalid} invalid UTF-8 byte${invalid === 1 ? '' : 's'} replaced by U+FFFD`);
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), notes };
  }
  return { text: iconv.decode(Buffer.from(bytes), encoding), notes };
}

/** Decodes a whole file's bytes. Empty and binary inputs come back as { ok: false, reason }. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const detection = detectEncoding(bytes);
  if (!detection.ok) return detection;
  const { text, notes } = decodeWith(bytes.subarray(detection.bom), detection.encoding);
  return { ok: true, text, encoding: detection.bom ? `${detection.encoding} (BOM)` : detection.encoding, notes };
}
