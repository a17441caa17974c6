// `tafahum prepare-tests`: everything the test suite needs on a fresh machine, prepared up front
// (the Neo4j distribution through Maven, the built viewer, Debian's Chromium) so tests don't time out on it.
import type { Command } from 'commander';
import { prepareNeo4jForTests } from '../../cypher/server/prepare.js';
import { prepareViewerForTests } from '../../viewer/prepare.js';

interface PrepareFlags {
  skipNeo4j?: boolean;
  skipViewer?: boolean;
}

export function registerPrepareTests(program: Command): void {
  program
    .command('prepare-tests')
    .description('Prepare what the test suite needs: Neo4j (via Maven), the viewer build, headless Chromium')
    .option('--skip-neo4j', 'do not fetch the Neo4j distribution (the neo4j-admin import test then skips)')
    .option('--skip-viewer', 'do not build the viewer nor check for Chromium')
    .action(async (flags: PrepareFlags) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      // Even with NEO4J_URI set, the neo4j-admin import test needs the local distribution.
      if (!flags.skipNeo4j) {
        log('prepare-tests: Neo4j Community distribution (Maven Central, cached in ~/.m2)…');
        await prepareNeo4jForTests();
      }
      if (!flags.skipViewer) {
        log('prepare-tests: viewer build and headless Chromium…');
        await prepareViewerForTests(log);
      }
      log('prepare-tests: ready');
    });
}
