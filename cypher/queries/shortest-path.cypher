// Shortest chain of relations between two entities (up to 6 hops, documents excluded).
// @param from string id or name of the first entity
// @param to string id or name of the second entity
MATCH (a:Entity)
WHERE a.id = $from OR toLower(a.name) = toLower($from)
MATCH (b:Entity)
WHERE b.id = $to OR toLower(b.name) = toLower($to)
WITH a, b
WHERE a <> b
MATCH path = shortestPath((a)-[:SIGNED|MET|PARTNERED|AFFILIATED_WITH|MEMBER_OF|PARTICIPATED_IN|LOCATED_IN*..6]-(b))
RETURN [n IN nodes(path) | n.name] AS entities, [r IN relationships(path) | type(r)] AS relations, length(path) AS hops
ORDER BY hops
LIMIT 5;
