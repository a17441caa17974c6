// Upserts LOCATED_IN edges between loaded entities, keeping the evidence sentences.
// $rows: RelationRow[] (cypher/types.ts); $dataset: the tag of the dataset loaded (or null). One copy of this file per relation type
// (relationship types cannot be parameters); tests/cypher checks the copies agree.
// Evidence lives on the edge as one list of `doc|start|end` + U+001E + sentence (cypher/rows.ts):
// a repeated load adds nothing, a new output appends only the sentences whose `doc|start|end` key
// is new. `agreements` is absent rather than empty. Fewer, larger properties load faster
// (docs/neo4j.md). Both SET maps are evaluated against the edge as it was, and nothing is read
// after the MERGE, so the planner needs no Eager and new edges cost a single write.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:LOCATED_IN]->(b)
ON CREATE SET r += {
    datasets: [x IN [$dataset] WHERE x IS NOT NULL],
    docs: row.docs, weight: toInteger(row.weight),
    agreements: CASE WHEN size(row.agreements) > 0 THEN row.agreements END,
    evidence: row.evidence,
    confidence: row.confidence, status: row.status, title: row.title,
    date: row.date, datePrecision: row.datePrecision, dateInherited: row.dateInherited }
ON MATCH SET r += {
    datasets: coalesce(r.datasets, []) + [x IN [$dataset] WHERE x IS NOT NULL AND NOT x IN coalesce(r.datasets, [])],
    docs: coalesce(r.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(r.docs, [])],
    weight: CASE
      WHEN any(d IN row.docs WHERE NOT d IN coalesce(r.docs, [])) THEN size(coalesce(r.docs, [])) + size([d IN row.docs WHERE NOT d IN coalesce(r.docs, [])])
      WHEN r.weight IS NULL OR row.weight > r.weight THEN toInteger(row.weight)
      ELSE r.weight END,
    agreements: CASE WHEN size(row.agreements) = 0 THEN r.agreements
      ELSE coalesce(r.agreements, []) + [g IN row.agreements WHERE NOT g IN coalesce(r.agreements, [])] END,
    evidence: coalesce(r.evidence, []) + [e IN row.evidence
      WHERE NOT split(e, '\u001E')[0] IN [s IN coalesce(r.evidence, []) | split(s, '\u001E')[0]]],
    confidence: CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    status: CASE WHEN r.status = 'done' OR row.status = 'done' THEN 'done' ELSE coalesce(row.status, r.status) END,
    title: coalesce(row.title, r.title),
    date: CASE WHEN r.date IS NULL OR row.date < r.date THEN coalesce(row.date, r.date) ELSE r.date END,
    datePrecision: CASE WHEN r.date IS NULL OR row.date < r.date THEN coalesce(row.datePrecision, r.datePrecision) ELSE r.datePrecision END,
    dateInherited: CASE WHEN r.date IS NULL OR row.date < r.date THEN coalesce(row.dateInherited, r.dateInherited) ELSE r.dateInherited END };
