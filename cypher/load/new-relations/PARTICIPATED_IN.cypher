// Writes PARTICIPATED_IN edges of a relation type the database holds none of (a first load): CREATE,
// not MERGE, so no edge is searched for. cypher/loader.ts picks this file only when
// db.relationshipTypes() does not list the type and the rows are unique per (source, target)
// (graph.json keys edges by type|source|target); any later load of the type uses
// cypher/load/relations/PARTICIPATED_IN.cypher, which sets the same properties on a new edge.
// $rows: RelationRow[] (cypher/types.ts); $dataset: the tag of the dataset loaded (or null).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:PARTICIPATED_IN]->(b)
SET r = {
    datasets: [x IN [$dataset] WHERE x IS NOT NULL],
    docs: row.docs, weight: toInteger(row.weight),
    agreements: CASE WHEN size(row.agreements) > 0 THEN row.agreements END,
    evidence: row.evidence,
    confidence: row.confidence, status: row.status, title: row.title,
    date: row.date, datePrecision: row.datePrecision, dateInherited: row.dateInherited };
