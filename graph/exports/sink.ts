// Where exports meet the disk: output paths checked up front, and rows piped to files through
// Node streams so backpressure holds (a slow disk pauses the row generator, nothing piles up).
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TafahumError } from '../../model/errors.js';

/** Bytes gathered before handing a chunk to the stream: fewer, larger writes. */
const CHUNK_CHARS = 1 << 16;

/** Join small strings into chunks of about CHUNK_CHARS, lazily. */
export function* batch(pieces: Iterable<string>, size = CHUNK_CHARS): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Pull items from `source` one at a time through optional transforms into `path`.
 * Readable.from only pulls the next item when the downstream buffers have room.
 */
export async function writeStreamed(path: string, source: Iterable<unknown>, ...transforms: Transform[]): Promise<void> {
  try {
    await pipeStreamed(source, createWriteStream(path, { encoding: 'utf8' }), ...transforms);
  } catch (error) {
    if (error instanceof TafahumError) throw error;
    throw new TafahumError('E_OUTPUT', `cannot write ${path}: ${(error as Error).message}`);
  }
}

/** The same pipe into any writable (tests use a slow one to observe backpressure). */
export async function pipeStreamed(source: Iterable<unknown>, destination: Writable, ...transforms: Transform[]): Promise<void> {
  await pipeline([Readable.from(source, { objectMode: true }), ...transforms, destination]);
}

/** Create the output directory of a multi-file format; refuse an existing file. */
export async function prepareOutDir(dir: string, format: string): Promise<string> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new TafahumError('E_USAGE', `--out ${dir} is a file, but ${format} writes several files into a directory`, `Give a directory, e.g. --out ${dir.replace(/\.[^./]*$/, '')}-${format}`);
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new TafahumError('E_OUTPUT', `cannot create directory ${dir}: ${(error as Error).message}`);
  }
  return dir;
}

/** The file of a single-file format; an existing directory receives `graph.<ext>`. */
export async function prepareOutFile(path: string, extension: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return join(path, `graph.${extension}`);
  const parent = join(path, '..');
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new TafahumError('E_OUTPUT', `cannot create directory ${parent}: ${(error as Error).message}`);
  }
  return path;
}
