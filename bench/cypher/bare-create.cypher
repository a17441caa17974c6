// The ceiling the loader is measured against (bench/neo4j.ts --ceiling): the same two index
// lookups per row and a new edge, but no properties, no dataset tag and no MERGE.
// $rows: [{source, target}] of entity ids.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[:BENCH_BARE]->(b);
