// Downloads and unpacks Neo4j ahead of the test run (called by `tafahum prepare-tests`),
// so no test hook spends its timeout on Maven. Cached: a no-op once the distribution is there.
import { ensureNeo4jDistribution } from './distribution.js';

export async function prepareNeo4jForTests(): Promise<void> {
  // Also wanted with NEO4J_URI set: `neo4j-admin database import` tests need the local tools.
  await ensureNeo4jDistribution();
}
