// Entities whose name or one of whose aliases contains the text, in any script.
// @param name string part of a name or alias
// @param limit int = 25 most entities to list
MATCH (n:Entity)
WHERE toLower(n.name) CONTAINS toLower($name) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($name))
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases, size(n.docs) AS documents
ORDER BY documents DESC, name
LIMIT $limit;
