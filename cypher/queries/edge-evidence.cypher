// The documents and sentences behind the edges between two entities, one row per evidence.
// @param source string id or name of one end
// @param target string id or name of the other end
// @param type string = "" one relation type (e.g. SIGNED); empty for every type
MATCH (a:Entity)
WHERE a.id = $source OR toLower(a.name) = toLower($source)
MATCH (b:Entity)
WHERE b.id = $target OR toLower(b.name) = toLower($target)
MATCH (a)-[r]-(b)
WHERE $type = '' OR type(r) = toUpper($type)
UNWIND range(0, size(coalesce(r.evidenceTexts, [])) - 1) AS i
OPTIONAL MATCH (d:Document {id: r.evidenceDocs[i]})
RETURN type(r) AS relation, r.evidenceDocs[i] AS document, d.title AS title, d.date AS date,
       r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end, r.evidenceTexts[i] AS sentence
ORDER BY relation, document, start;
