// Upserts LOCATED_IN edges between loaded entities, keeping the evidence sentences.
// $rows: RelationRow[] (cypher/types.ts). One copy of this file per relation type
// (relationship types cannot be parameters); tests/cypher checks the copies agree.
// Evidence lives on the edge as parallel arrays keyed by `doc|start|end`: a repeated load
// adds nothing, a new output appends only the sentences not stored yet.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, row, coalesce(r.docs, []) AS oldDocs, coalesce(r.evidenceKeys, []) AS oldKeys,
     coalesce(r.agreements, []) AS oldAgreements
WITH r, row, oldDocs, oldKeys, oldAgreements,
     [d IN row.docs WHERE NOT d IN oldDocs] AS newDocs,
     [i IN range(0, size(row.evidenceKeys) - 1) WHERE NOT row.evidenceKeys[i] IN oldKeys] AS fresh,
     r.date IS NULL OR (row.date IS NOT NULL AND row.date < r.date) AS earlier
SET r.docs = oldDocs + newDocs,
    r.weight = CASE
      WHEN r.weight IS NULL THEN toInteger(row.weight)
      WHEN size(newDocs) > 0 THEN size(oldDocs) + size(newDocs)
      WHEN row.weight > r.weight THEN toInteger(row.weight)
      ELSE r.weight END,
    r.evidenceKeys = oldKeys + [i IN fresh | row.evidenceKeys[i]],
    r.evidenceDocs = coalesce(r.evidenceDocs, []) + [i IN fresh | row.evidenceDocs[i]],
    r.evidenceStarts = coalesce(r.evidenceStarts, []) + [i IN fresh | toInteger(row.evidenceStarts[i])],
    r.evidenceEnds = coalesce(r.evidenceEnds, []) + [i IN fresh | toInteger(row.evidenceEnds[i])],
    r.evidenceTexts = coalesce(r.evidenceTexts, []) + [i IN fresh | row.evidenceTexts[i]],
    r.agreements = oldAgreements + [g IN row.agreements WHERE NOT g IN oldAgreements],
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.status = CASE WHEN r.status = 'done' OR row.status = 'done' THEN 'done' ELSE coalesce(row.status, r.status) END,
    r.title = coalesce(row.title, r.title),
    // The earliest stated date wins, with its precision.
    r.date = CASE WHEN earlier THEN row.date ELSE r.date END,
    r.datePrecision = CASE WHEN earlier THEN row.datePrecision ELSE r.datePrecision END,
    r.dateInherited = CASE WHEN earlier THEN row.dateInherited ELSE r.dateInherited END;
