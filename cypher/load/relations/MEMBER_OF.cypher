// Upserts MEMBER_OF edges between loaded entities, keeping the evidence sentences.
// $rows: one list per edge, [source, target, docs, weight, agreements, evidence, confidence, status,
// title, date, datePrecision, dateInherited] (RELATION_COLUMNS in cypher/rows.ts), read as row[0] … row[11];
// $dataset: the tag of the dataset loaded (or null).
// One copy of this file per relation type (relationship types cannot be parameters); tests/cypher
// checks the copies agree.
// Evidence lives on the edge as one list of `doc|start|end` + U+001E + sentence (cypher/rows.ts):
// a repeated load adds nothing, a new output appends only the sentences whose `doc|start|end` key
// is new. `agreements` is absent rather than empty. Fewer, larger properties load faster
// (docs/neo4j.md). Both SET maps are evaluated against the edge as it was, and nothing is read
// after the MERGE, so the planner needs no Eager and new edges cost a single write.
UNWIND $rows AS row
MATCH (a:Entity {id: row[0]})
MATCH (b:Entity {id: row[1]})
MERGE (a)-[r:MEMBER_OF]->(b)
ON CREATE SET r += {
    datasets: [x IN [$dataset] WHERE x IS NOT NULL],
    docs: row[2], weight: toInteger(row[3]),
    agreements: CASE WHEN size(row[4]) > 0 THEN row[4] END,
    evidence: row[5],
    confidence: row[6], status: row[7], title: row[8],
    date: row[9], datePrecision: row[10], dateInherited: row[11] }
ON MATCH SET r += {
    datasets: coalesce(r.datasets, []) + [x IN [$dataset] WHERE x IS NOT NULL AND NOT x IN coalesce(r.datasets, [])],
    docs: coalesce(r.docs, []) + [d IN row[2] WHERE NOT d IN coalesce(r.docs, [])],
    weight: CASE
      WHEN any(d IN row[2] WHERE NOT d IN coalesce(r.docs, [])) THEN size(coalesce(r.docs, [])) + size([d IN row[2] WHERE NOT d IN coalesce(r.docs, [])])
      WHEN r.weight IS NULL OR row[3] > r.weight THEN toInteger(row[3])
      ELSE r.weight END,
    agreements: CASE WHEN size(row[4]) = 0 THEN r.agreements
      ELSE coalesce(r.agreements, []) + [g IN row[4] WHERE NOT g IN coalesce(r.agreements, [])] END,
    evidence: coalesce(r.evidence, []) + [e IN row[5]
      WHERE NOT split(e, '\u001E')[0] IN [s IN coalesce(r.evidence, []) | split(s, '\u001E')[0]]],
    confidence: CASE WHEN r.confidence IS NULL OR row[6] > r.confidence THEN row[6] ELSE r.confidence END,
    status: CASE WHEN r.status = 'done' OR row[7] = 'done' THEN 'done' ELSE coalesce(row[7], r.status) END,
    title: coalesce(row[8], r.title),
    date: CASE WHEN r.date IS NULL OR row[9] < r.date THEN coalesce(row[9], r.date) ELSE r.date END,
    datePrecision: CASE WHEN r.date IS NULL OR row[9] < r.date THEN coalesce(row[10], r.datePrecision) ELSE r.datePrecision END,
    dateInherited: CASE WHEN r.date IS NULL OR row[9] < r.date THEN coalesce(row[11], r.dateInherited) ELSE r.dateInherited END };
