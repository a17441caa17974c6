// Every relation between entities with its evidence, for the viewer. Evidence is stored as one list
// of `doc|start|end` + U+001E + sentence (docs/neo4j.md) and returned here as parallel lists.
// @param types list of relation types to read (the closed RELATION_TYPES list, never user text)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
WITH a, b, r, [item IN coalesce(r.evidence, []) | split(item, '\u001E')[0]] AS keys
WITH a, b, r, keys, [k IN keys | split(k, '|')] AS parts
RETURN type(r) AS type, a.id AS source, b.id AS target, r.docs AS docs, r.date AS date,
       r.datePrecision AS datePrecision, r.dateInherited AS dateInherited, r.status AS status,
       r.confidence AS confidence, r.title AS title, coalesce(r.agreements, []) AS agreements, r.weight AS weight,
       [i IN range(0, size(keys) - 1) | substring(keys[i], 0, size(keys[i]) - size(parts[i][-1]) - size(parts[i][-2]) - 2)] AS evidenceDocs,
       [p IN parts | toInteger(p[-2])] AS evidenceStarts,
       [p IN parts | toInteger(p[-1])] AS evidenceEnds,
       [i IN range(0, size(keys) - 1) | substring(r.evidence[i], size(keys[i]) + 1)] AS evidenceTexts
ORDER BY type, source, target;
