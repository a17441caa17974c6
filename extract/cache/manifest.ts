// The record of a finished build, kept in its output directory: when the extractor, the settings, every
// input file (size, times, inode) and the outputs are unchanged, a rebuild returns the recorded summary
// without reading a document. Anything else falls back to the per-document cache.
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST_FILE = '.tafahum-build.json';

export interface BuildManifest<S> {
  fingerprint: string;
  settings: string;
  inputs: string[];
  outputs: string[];
  summary: S;
}

/** A file's identity for change detection: any write changes its ctime. */
export async function fileStamp(path: string): Promise<string> {
  const s = await stat(path);
  return `${path}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}`;
}

/** The recorded summary when nothing changed since the last build into `outDir`, else undefined. */
export async function unchangedBuild<S>(outDir: string, fingerprint: string, settings: string, inputs: string[]): Promise<S | undefined> {
  let manifest: BuildManifest<S>;
  try {
    manifest = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8')) as BuildManifest<S>;
  } catch {
    return undefined;
  }
  if (manifest.fingerprint !== fingerprint || manifest.settings !== settings) return undefined;
  if (manifest.inputs.length !== inputs.length || manifest.inputs.some((s, i) => s !== inputs[i])) return undefined;
  try {
    const outputs = await Promise.all(manifest.outputs.map((s) => fileStamp(s.split('\0')[0]!)));
    if (outputs.some((s, i) => s !== manifest.outputs[i])) return undefined;
  } catch {
    return undefined;
  }
  return manifest.summary;
}

export async function writeManifest<S>(outDir: string, manifest: Omit<BuildManifest<S>, 'outputs'>, outputs: string[]): Promise<void> {
  const full: BuildManifest<S> = { ...manifest, outputs: await Promise.all(outputs.map(fileStamp)) };
  const path = join(outDir, MANIFEST_FILE);
  await writeFile(`${path}.tmp`, JSON.stringify(full));
  await rename(`${path}.tmp`, path);
}
