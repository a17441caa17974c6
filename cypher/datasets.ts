// Datasets in one Neo4j: every node and relationship a load writes carries the tag of the
// dataset version it came from (`datasets` list property); a (:Dataset {name, tag}) node names
// the current version. `load --replace` loads a new version beside the old one, swaps the
// Dataset node's tag in one small transaction (the atomic step), then removes the old tag and
// whatever no dataset holds any more. Other datasets are never touched.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { TafahumError } from '../model/errors.js';
import { datasetStatement } from './files.js';

export interface DatasetTarget {
  name: string;
  /** The tag written on what this load writes: `<name>@<version>`. */
  tag: string;
  version: number;
  /** The version being replaced, removed once the new one is current. */
  replaces?: string;
}

export function checkDatasetName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 200 || /[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw new TafahumError('E_USAGE', `--dataset must be 1 to 200 printable characters, got ${JSON.stringify(name)}`);
  }
  return trimmed;
}

export async function currentDataset(driver: Driver, name: string, database?: string): Promise<{ tag: string; version: number } | undefined> {
  const result = await driver.executeQuery(await datasetStatement('current'), { name }, { database, routing: neo4j.routing.READ });
  const record = result.records[0];
  if (!record) return undefined;
  const version = record.get('version');
  return { tag: String(record.get('tag')), version: neo4j.isInt(version) ? (version as import('neo4j-driver').Integer).toNumber() : Number(version) };
}

/** Where a load writes: the current version (a plain load adds to it) or a new one (--replace). */
export async function datasetTarget(driver: Driver, name: string, replace: boolean, database?: string): Promise<DatasetTarget> {
  const current = await currentDataset(driver, name, database);
  if (!current) return { name, tag: `${name}@1`, version: 1 };
  if (!replace) return { name, tag: current.tag, version: current.version };
  const version = current.version + 1;
  return { name, tag: `${name}@${version}`, version, replaces: current.tag };
}

/** Makes the loaded version current (one transaction), then clears the replaced one. */
export async function commitDataset(driver: Driver, target: DatasetTarget, source: string, database?: string): Promise<void> {
  await driver.executeQuery(
    await datasetStatement('register'),
    { name: target.name, tag: target.tag, version: neo4j.int(target.version), source },
    { database },
  );
  if (!target.replaces) return;
  // CALL { … } IN TRANSACTIONS needs an auto-commit transaction: session.run, not a managed one.
  const session = driver.session({ database });
  try {
    for (const name of ['untag-relationships', 'untag-nodes', 'drop-orphans', 'drop-orphan-nodes'] as const) {
      await session.run(await datasetStatement(name), { old: target.replaces });
    }
  } finally {
    await session.close();
  }
}
