// The model file format: gzip of [magic "TNER1"][uint32 header length][header JSON][int16 weights, little-endian].
// The header holds the provenance (corpora, licences, date, seed, dev scores); a JSON sidecar repeats it.
import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { TafahumError } from '../../model/errors.js';
import { LABEL_COUNT, type NerModel, type NerModelMeta } from './types.js';

const MAGIC = 'TNER1';

export function encodeModel(model: NerModel): Buffer {
  const header = Buffer.from(JSON.stringify({ bits: model.bits, scale: model.scale, meta: model.meta }), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length, 0);
  const weights = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, 'ascii'), size, header, weights]), { level: 9 });
}

export function decodeModel(bytes: Buffer, source: string): NerModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch (error) {
    throw new TafahumError('E_FORMAT', `${source}: not a gzip NER model (${(error as Error).message})`);
  }
  if (raw.subarray(0, MAGIC.length).toString('ascii') !== MAGIC) throw new TafahumError('E_FORMAT', `${source}: not a Tafahum NER model (bad magic)`);
  const size = raw.readUInt32LE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + size;
  const header = JSON.parse(raw.subarray(MAGIC.length + 4, headerEnd).toString('utf8')) as { bits: number; scale: number; meta: NerModelMeta };
  const expected = (1 << header.bits) * LABEL_COUNT;
  if (raw.length - headerEnd !== expected * 2) {
    throw new TafahumError('E_FORMAT', `${source}: ${raw.length - headerEnd} weight bytes, expected ${expected * 2} for ${header.bits} bits`);
  }
  // Copy into an aligned array (the header length makes the offset odd); little-endian as written, so on a
  // little-endian machine one byte copy does it (the element-wise read took 0.1 s per model).
  const weights = new Int16Array(expected);
  if (endianness() === 'LE') new Uint8Array(weights.buffer).set(raw.subarray(headerEnd, headerEnd + expected * 2));
  else {
    const view = new DataView(raw.buffer, raw.byteOffset + headerEnd, expected * 2);
    for (let i = 0; i < expected; i++) weights[i] = view.getInt16(i * 2, true);
  }
  return { lang: header.meta.lang, bits: header.bits, scale: header.scale, weights, meta: header.meta };
}

/**
 * Int16 weights from float ones, linear: value = code · scale. (A logarithmic int8 scale lost 0.15 F1:
 * frequent features carry large weights whose differences between labels matter to the unit.)
 */
export function quantize(weights: Float32Array): { weights: Int16Array; scale: number } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const scale = max / 32767 || 1;
  const out = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = Math.round(weights[i]! / scale);
  return { weights: out, scale };
}
