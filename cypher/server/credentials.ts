// The generated password of a local instance, stored 0600 in its directory.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TafahumError } from '../../model/errors.js';
import type { StoredCredentials } from '../types.js';

export function credentialsPath(dir: string): string {
  return join(dir, 'credentials.json');
}

export function generatePassword(): string {
  // base64url: no quoting trouble in shells or URIs; 144 bits.
  // It must not start with '-': neo4j-admin would read it as an option. A letter prefix settles it.
  return `t${randomBytes(18).toString('base64url')}`;
}

export async function readCredentials(dir: string): Promise<StoredCredentials | undefined> {
  const path = credentialsPath(dir);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as StoredCredentials;
  } catch {
    throw new TafahumError('E_NEO4J_SETUP', `${path} is not valid JSON`, `Delete ${dir} to start from an empty database.`);
  }
}

export async function writeCredentials(dir: string, credentials: StoredCredentials): Promise<void> {
  const path = credentialsPath(dir);
  await writeFile(path, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  // writeFile's mode only applies when it creates the file.
  await chmod(path, 0o600);
}
