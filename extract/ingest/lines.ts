// Splits a byte stream into lines without ever holding more than one line (up to a cap) in memory: a line over
// the cap is dropped as it streams and reported by number, so a 100 MB single-line record costs no memory.
import type { Readable } from 'node:stream';

export type ByteLine = { lineNo: number; bytes: Buffer } | { lineNo: number; tooLong: number };

/** `unit` 2 splits UTF-16 text on its two-byte line feed (little- or big-endian); 1 on the byte 0x0A. */
export interface LineFormat {
  unit: 1 | 2;
  bigEndian?: boolean;
}

export async function* byteLines(input: Readable, maxBytes: number, format: LineFormat = { unit: 1 }): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropped = 0; // bytes of the current line thrown away once it passed the cap
  let lineNo = 1;
  let carry: Buffer | undefined; // half a UTF-16 code unit left from the previous chunk
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    carry = undefined;
    if (format.unit === 2 && buf.length % 2) {
      carry = buf.subarray(buf.length - 1);
      buf = buf.subarray(0, buf.length - 1);
    }
    let from = 0;
    for (let nl = lineFeed(buf, 0, format); nl !== -1; nl = lineFeed(buf, from, format)) {
      const piece = buf.subarray(from, nl);
      if (dropped || size + piece.length > maxBytes) yield { lineNo, tooLong: dropped + size + piece.length };
      else yield { lineNo, bytes: parts.length ? Buffer.concat([...parts, piece]) : Buffer.from(piece) };
      parts = [];
      size = 0;
      dropped = 0;
      lineNo++;
      from = nl + format.unit;
    }
    const rest = buf.subarray(from);
    if (dropped || size + rest.length > maxBytes) {
      dropped += size + rest.length;
      parts = [];
      size = 0;
    } else if (rest.length) {
      parts.push(Buffer.from(rest));
      size += rest.length;
    }
  }
  const tail = carry ? [...parts, carry] : parts;
  const tailSize = size + (carry?.length ?? 0);
  if (dropped) yield { lineNo, tooLong: dropped + tailSize };
  else if (tailSize) yield { lineNo, bytes: Buffer.concat(tail) };
}

function lineFeed(buf: Buffer, from: number, format: LineFormat): number {
  if (format.unit === 1) return buf.indexOf(0x0a, from);
  for (let i = buf.indexOf(0x0a, from); i !== -1; i = buf.indexOf(0x0a, i + 1)) {
    const start = format.bigEndian ? i - 1 : i; // the code unit holding the 0x0A byte
    if (start >= from && (start - from) % 2 === 0 && buf[format.bigEndian ? i - 1 : i + 1] === 0) return start;
  }
  return -1;
}
