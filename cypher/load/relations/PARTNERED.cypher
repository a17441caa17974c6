// Upserts PARTNERED edges between loaded entities, keeping the evidence sentences.
// $rows: RelationRow[] (cypher/types.ts); $dataset: the tag of the dataset loaded (or null). One copy of this file per relation type
// (relationship types cannot be parameters); tests/cypher checks the copies agree.
// Evidence lives on the edge as parallel lists keyed by `doc|start|end`: a repeated load
// adds nothing, a new output appends only the sentences not stored yet. Both SET maps are
// evaluated against the edge as it was, and nothing is read after the MERGE, so the planner
// needs no Eager and new edges cost a single write.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:PARTNERED]->(b)
ON CREATE SET r += {
    datasets: [x IN [$dataset] WHERE x IS NOT NULL],
    docs: row.docs, weight: toInteger(row.weight), agreements: row.agreements,
    evidenceKeys: row.evidenceKeys, evidenceDocs: row.evidenceDocs, evidenceTexts: row.evidenceTexts,
    evidenceStarts: [s IN row.evidenceStarts | toInteger(s)], evidenceEnds: [e IN row.evidenceEnds | toInteger(e)],
    confidence: row.confidence, status: row.status, title: row.title,
    date: row.date, datePrecision: row.datePrecision, dateInherited: row.dateInherited }
ON MATCH SET r += {
    datasets: coalesce(r.datasets, []) + [x IN [$dataset] WHERE x IS NOT NULL AND NOT x IN coalesce(r.datasets, [])],
    docs: coalesce(r.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(r.docs, [])],
    weight: CASE
      WHEN any(d IN row.docs WHERE NOT d IN coalesce(r.docs, [])) THEN size(coalesce(r.docs, [])) + size([d IN row.docs WHERE NOT d IN coalesce(r.docs, [])])
      WHEN r.weight IS NULL OR row.weight > r.weight THEN toInteger(row.weight)
      ELSE r.weight END,
    agreements: coalesce(r.agreements, []) + [g IN row.agreements WHERE NOT g IN coalesce(r.agreements, [])],
    evidenceKeys: coalesce(r.evidenceKeys, []) + [k IN row.evidenceKeys WHERE NOT k IN coalesce(r.evidenceKeys, [])],
    evidenceDocs: coalesce(r.evidenceDocs, []) + [i IN range(0, size(row.evidenceKeys) - 1) WHERE NOT row.evidenceKeys[i] IN coalesce(r.evidenceKeys, []) | row.evidenceDocs[i]],
    evidenceStarts: coalesce(r.evidenceStarts, []) + [i IN range(0, size(row.evidenceKeys) - 1) WHERE NOT row.evidenceKeys[i] IN coalesce(r.evidenceKeys, []) | toInteger(row.evidenceStarts[i])],
    evidenceEnds: coalesce(r.evidenceEnds, []) + [i IN range(0, size(row.evidenceKeys) - 1) WHERE NOT row.evidenceKeys[i] IN coalesce(r.evidenceKeys, []) | toInteger(row.evidenceEnds[i])],
    evidenceTexts: coalesce(r.evidenceTexts, []) + [i IN range(0, size(row.evidenceKeys) - 1) WHERE NOT row.evidenceKeys[i] IN coalesce(r.evidenceKeys, []) | row.evidenceTexts[i]],
    confidence: CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    status: CASE WHEN r.status = 'done' OR row.status = 'done' THEN 'done' ELSE coalesce(row.status, r.status) END,
    title: coalesce(row.title, r.title),
    date: CASE WHEN r.date IS NULL OR row.date < r.date THEN coalesce(row.date, r.date) ELSE r.date END,
    datePrecision: CASE WHEN r.date IS NULL OR row.date < r.date THEN coalesce(row.datePrecision, r.datePrecision) ELSE r.datePrecision END,
    dateInherited: CASE WHEN r.date IS NULL OR row.date < r.date THEN coalesce(row.dateInherited, r.dateInherited) ELSE r.dateInherited END };
