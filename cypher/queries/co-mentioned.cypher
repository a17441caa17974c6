// Entities mentioned together most often: pairs of entities that share documents.
// @param limit int = 25 most pairs to list
// @param type string = "" keep pairs where both entities have this type (Country, Person, ...)
MATCH (a:Entity)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity)
WHERE a.id < b.id AND ($type = '' OR (a.type = $type AND b.type = $type))
RETURN a.name AS first, b.name AS second, count(d) AS documents
ORDER BY documents DESC, first, second
LIMIT $limit;
