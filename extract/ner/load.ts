// Loading the committed models (I/O edge): extract/ner/models/<lang>.tner.gz, once per process or worker.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../model/types.js';
import { TafahumError } from '../../model/errors.js';
import { decodeModel } from './model-file.js';
import type { NerModel } from './types.js';

export const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), 'models');

export function modelPath(lang: Language, dir = MODEL_DIR): string {
  return join(dir, `${lang}.tner.gz`);
}

/** Whether a model file for the language is installed. */
export function hasNerModel(lang: Language, dir = MODEL_DIR): boolean {
  return existsSync(modelPath(lang, dir));
}

/** The model of one language, or undefined when none is installed; a present but broken file throws. */
export function loadNerModel(lang: Language, dir = MODEL_DIR): NerModel | undefined {
  const path = modelPath(lang, dir);
  if (!existsSync(path)) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new TafahumError('E_INPUT', `cannot read NER model ${path}: ${(error as Error).message}`);
  }
  return decodeModel(bytes, path);
}
