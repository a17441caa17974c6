// Every relation between entities with its evidence (stored as parallel arrays), for the viewer.
// @param types list of relation types to read (the closed RELATION_TYPES list, never user text)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
RETURN type(r) AS type, a.id AS source, b.id AS target, r.docs AS docs, r.date AS date,
       r.datePrecision AS datePrecision, r.dateInherited AS dateInherited, r.status AS status,
       r.confidence AS confidence, r.title AS title, r.agreements AS agreements, r.weight AS weight,
       r.evidenceDocs AS evidenceDocs, r.evidenceStarts AS evidenceStarts,
       r.evidenceEnds AS evidenceEnds, r.evidenceTexts AS evidenceTexts
ORDER BY type, source, target;
