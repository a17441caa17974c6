// The catalogue of saved queries (cypher/queries/*.cypher). A file's leading `//` lines are its
// header: free text is the purpose, `// @param <name> <type> [= <default>] <description>` a parameter.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { TafahumError } from '../model/errors.js';
import { QUERIES_DIR, readCypherFile, splitStatements } from './files.js';
import type { ParamType, SavedParam, SavedQuery } from './types.js';

const PARAM_LINE = /^@param\s+([A-Za-z_]\w*)\s+(string|int|float|boolean)(?:\s*=\s*("[^"]*"|\S+))?\s*(.*)$/;

/** Pure: parses a saved query's text into its header and statement. */
export function parseSavedQuery(name: string, path: string, text: string): SavedQuery {
  const purpose: string[] = [];
  const params: SavedParam[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('//')) break;
    const body = trimmed.replace(/^\/\/\s?/, '');
    const match = PARAM_LINE.exec(body);
    if (match) {
      const [, paramName, type, rawDefault, description] = match;
      const param: SavedParam = { name: paramName!, type: type as ParamType, description: (description ?? '').trim() };
      if (rawDefault !== undefined) param.default = rawDefault.startsWith('"') ? rawDefault.slice(1, -1) : rawDefault;
      params.push(param);
    } else if (body.startsWith('@')) {
      throw new TafahumError('E_FORMAT', `${path}: cannot read header line "${body}"`, 'Write `// @param <name> <string|int|float|boolean> [= <default>] <description>`.');
    } else {
      purpose.push(body);
    }
  }
  const statements = splitStatements(text);
  if (statements.length !== 1) throw new TafahumError('E_FORMAT', `${path} must hold exactly one statement`);
  return { name, path, purpose: purpose.join(' ').trim(), params, text: statements[0]! };
}

export async function listSavedQueries(dir: string = QUERIES_DIR): Promise<SavedQuery[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (file) => {
      const path = join(dir, file);
      return parseSavedQuery(basename(file, '.cypher'), path, await readCypherFile(path));
    }),
  );
}

export async function findSavedQuery(name: string, dir: string = QUERIES_DIR): Promise<SavedQuery> {
  const all = await listSavedQueries(dir);
  // Names come from the directory listing, never joined into a path from user input.
  const found = all.find((query) => query.name === name);
  if (!found) {
    throw new TafahumError('E_NOT_FOUND', `no saved query named "${name}"`, `Known: ${all.map((q) => q.name).join(', ')} (see \`tafahum query --list\`).`);
  }
  return found;
}
