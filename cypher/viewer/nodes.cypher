// Every entity, with the properties a graph.json node carries, for `tafahum serve --from-neo4j`.
// Read-only; no parameters.
MATCH (n:Entity)
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases, n.confidence AS confidence,
       n.docs AS docs, n.mentions AS mentions, n.titles AS titles, n.country AS country,
       n.kind AS kind, n.domain AS domain, n.mergeReasons AS mergeReasons
ORDER BY id;
