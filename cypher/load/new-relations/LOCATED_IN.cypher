// Writes LOCATED_IN edges of a relation type the database holds none of (a first load): CREATE,
// not MERGE, so no edge is searched for. cypher/loader.ts picks this file only when
// db.relationshipTypes() does not list the type and the rows are unique per (source, target)
// (graph.json keys edges by type|source|target); any later load of the type uses
// cypher/load/relations/LOCATED_IN.cypher, which sets the same properties on a new edge.
// $rows: one list per edge, [source, target, docs, weight, agreements, evidence, confidence, status,
// title, date, datePrecision, dateInherited] (RELATION_COLUMNS in cypher/rows.ts), read as row[0] … row[11];
// $dataset: the tag of the dataset loaded (or null).
UNWIND $rows AS row
MATCH (a:Entity {id: row[0]})
MATCH (b:Entity {id: row[1]})
CREATE (a)-[r:LOCATED_IN]->(b)
SET r = {
    datasets: [x IN [$dataset] WHERE x IS NOT NULL],
    docs: row[2], weight: toInteger(row[3]),
    agreements: CASE WHEN size(row[4]) > 0 THEN row[4] END,
    evidence: row[5],
    confidence: row[6], status: row[7], title: row[8],
    date: row[9], datePrecision: row[10], dateInherited: row[11] };
