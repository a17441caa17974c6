// Bytes → text: BOMs, UTF-16 without BOM, UTF-8, then chardet + iconv-lite for legacy Arabic/French code pages.
// Every guess is checked on the decoded text; binary data is refused with a reason instead of decoded as noise.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Decoded } from './types.js';

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/gu;
const LETTER = /\p{L}/gu;
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

function utf16(bytes: Uint8Array, encoding: 'utf16le' | 'utf16be', skip: number): string {
  const body = bytes.subarray(skip, skip + ((bytes.length - skip) & ~1));
  if (encoding === 'utf16le') return Buffer.from(body).toString('utf16le');
  return iconv.decode(Buffer.from(body), 'utf16be');
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Picks between the Arabic and the Latin code page on the decoded text, not on chardet's word alone. */
function decodeLegacy(bytes: Uint8Array): Decoded {
  const guesses = chardet.analyse(bytes).map((g) => g.name.toLowerCase());
  const arabic = iconv.decode(Buffer.from(bytes), 'windows-1256');
  const latin = iconv.decode(Buffer.from(bytes), 'windows-1252');
  const arabicShare = count(arabic, ARABIC_LETTER) / Math.max(1, count(arabic, LETTER));
  // French decoded as 1256 keeps most letters (1256 has à é è ç at the Latin-1 places), so Arabic must dominate.
  const looksArabic = arabicShare > 0.5 || (arabicShare > 0.3 && guesses[0]?.includes('1256'));
  const text = looksArabic ? arabic : latin;
  const encoding = looksArabic ? 'windows-1256' : guesses[0] === 'iso-8859-1' ? 'ISO-8859-1' : 'windows-1252';
  if (plausibility(text) < 0.9) return { ok: false, reason: `undecodable text (tried ${encoding})` };
  return { ok: true, text, encoding };
}

/** Decodes a whole file's bytes. Empty and binary inputs come back as { ok: false, reason }. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: utf16(bytes, 'utf16le', 2), encoding: 'UTF-16LE (BOM)' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: utf16(bytes, 'utf16be', 2), encoding: 'UTF-16BE (BOM)' };

  // UTF-16 without BOM shows up as many control bytes (0x00 for Latin, 0x06 for Arabic high bytes).
  const sample = bytes.subarray(0, 64 * 1024);
  const controls = controlByteRatio(sample);
  if (controls > 0.05 || sample.includes(0)) {
    for (const enc of ['utf16le', 'utf16be'] as const) {
      if (bytes.length % 2 !== 0) break;
      const text = utf16(bytes, enc, 0);
      if (plausibility(text.slice(0, 20_000)) > 0.97) return { ok: true, text, encoding: enc === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE' };
    }
    return { ok: false, reason: sample.includes(0) ? 'binary file (NUL bytes)' : 'binary file (control characters)' };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'UTF-8' };
  return decodeLegacy(bytes);
}
