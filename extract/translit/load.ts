// Loading the committed transliteration model (I/O edge): extract/translit/model.tsv and particles.tsv,
// read once per process by `defaultTranslitModel`; a missing or broken file is an error naming the path.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TafahumError } from '../../model/errors.js';
import { givenNames } from '../lexicons/language.js';
import type { CaptionResources } from './caption.js';
import { parseModel } from './model.js';
import type { TranslitModel } from './types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const MODEL_PATH = join(HERE, 'model.tsv');
const PARTICLES_PATH = join(HERE, 'particles.tsv');

export function loadTranslitModel(path = MODEL_PATH): TranslitModel {
  return parseModel(readOrFail(path), path);
}

/** Arabic particle → its Latin caption form ("بن" → "bin"). */
export function loadParticles(path = PARTICLES_PATH): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readOrFail(path).split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [arabic, latin] = line.split('\t').map((c) => c.trim());
    if (arabic && latin) out.set(arabic, latin);
  }
  return out;
}

let cached: TranslitModel | undefined;

/** The committed model, loaded on first use and kept for the process (it is read-only data). */
export function defaultTranslitModel(): TranslitModel {
  cached ??= loadTranslitModel();
  return cached;
}

function readOrFail(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new TafahumError('E_INPUT', `cannot read transliteration data ${path}: ${(error as Error).message}`);
  }
}

let captionCache: CaptionResources | undefined;

/** The committed model with the given-names lexicon and the particles, for Latin captions. */
export function defaultCaptionResources(): CaptionResources {
  captionCache ??= { model: defaultTranslitModel(), givenLatin: givenNames().arabicToLatin, particles: loadParticles() };
  return captionCache;
}
