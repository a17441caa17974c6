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
// Evidence items are `doc|start|end` + U+001E + sentence (docs/neo4j.md): the key ends at the
// first U+001E, its last two `|` fields are the offsets, and what comes before them the document.
UNWIND coalesce(r.evidence, []) AS item
WITH r, item, split(item, '\u001E')[0] AS key
WITH r, item, key, split(key, '|') AS parts
WITH r, key, parts, substring(item, size(key) + 1) AS sentence
WITH r, sentence, toInteger(parts[-2]) AS start, toInteger(parts[-1]) AS end,
     substring(key, 0, size(key) - size(parts[-1]) - size(parts[-2]) - 2) AS document
OPTIONAL MATCH (d:Document {id: document})
RETURN type(r) AS relation, document, d.title AS title, d.date AS date, start, end, sentence
ORDER BY relation, document, start;
