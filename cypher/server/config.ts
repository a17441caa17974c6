// The neo4j.conf of one local instance: loopback only, Bolt on the chosen port, modest memory
// (the machine is small and shared), every directory inside the instance dir.
import { join } from 'node:path';
import type { ServerOptions } from '../types.js';

export interface MemorySettings {
  heap: string;
  pagecache: string;
}

export const DEFAULT_MEMORY: MemorySettings = { heap: '1g', pagecache: '512m' };

export function renderInstanceConf(options: ServerOptions): string {
  const { dir, boltPort, httpPort } = options;
  const memory: MemorySettings = options.memory ?? DEFAULT_MEMORY;
  const lines = [
    '# Written by `tafahum neo4j start` on every start; edit the code, not this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.bolt.tls_level=DISABLED',
    // Only Bolt is needed; HTTP (Neo4j Browser) listens on loopback only when asked for (--browser).
    ...(httpPort !== undefined
      ? ['server.http.enabled=true', `server.http.listen_address=127.0.0.1:${httpPort}`, `server.http.advertised_address=127.0.0.1:${httpPort}`]
      : ['server.http.enabled=false']),
    'server.https.enabled=false',
    // Cypher never reaches out: LOAD CSV (and any other outbound request of Cypher) is refused for
    // every IPv4 and IPv6 address, and file:/// URLs are off, whatever a query says.
    'internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0',
    'dbms.security.allow_csv_import_from_file_urls=false',
    'dbms.usage_report.enabled=false',
    // Initial = max, as Neo4j advises (no resizing pauses; a --heap below 512m stays valid).
    `server.memory.heap.initial_size=${memory.heap}`,
    `server.memory.heap.max_size=${memory.heap}`,
    `server.memory.pagecache.size=${memory.pagecache}`,
    // Big UNWIND batches hold their state in the transaction; cap it below the heap.
    'db.memory.transaction.total.max=600m',
    `server.directories.data=${join(dir, 'data')}`,
    `server.directories.logs=${join(dir, 'logs')}`,
    `server.directories.run=${join(dir, 'run')}`,
    `server.directories.import=${join(dir, 'import')}`,
    `server.directories.plugins=${join(dir, 'plugins')}`,
    `server.directories.transaction.logs.root=${join(dir, 'data', 'transactions')}`,
    'server.jvm.additional=-XX:+ExitOnOutOfMemoryError',
    // The throughput collector, not G1: loads keep each batch's transaction state on the heap, and
    // on this 2-core machine G1's concurrent work took CPU from the load (docs/neo4j.md: server
    // CPU per 100k edges 12.5 s with G1, 8.1 s with it).
    'server.jvm.additional=-XX:+UseParallelGC',
    'server.jvm.additional=-Dfile.encoding=UTF-8',
    '',
  ];
  return lines.join('\n');
}
