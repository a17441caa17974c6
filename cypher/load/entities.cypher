// Upserts entity nodes: label Entity plus the type label, merged on `id`.
// $rows: EntityRow[] (cypher/types.ts). Lists are unioned and confidence maxed, so loading
// the same rows twice changes nothing and a second output only adds.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, coalesce(n.docs, []) AS oldDocs, coalesce(n.aliases, []) AS oldAliases,
     coalesce(n.titles, []) AS oldTitles, coalesce(n.mergeReasons, []) AS oldReasons
WITH n, row, oldDocs, oldAliases, oldTitles, oldReasons,
     [d IN row.docs WHERE NOT d IN oldDocs] AS newDocs
SET n.type = row.type,
    n.name = row.name,
    n.aliases = oldAliases + [a IN row.aliases WHERE NOT a IN oldAliases],
    n.docs = oldDocs + newDocs,
    // Mentions add up only when the rows bring documents not seen before.
    n.mentions = CASE
      WHEN n.mentions IS NULL THEN toInteger(row.mentions)
      WHEN size(newDocs) > 0 THEN n.mentions + toInteger(row.mentions)
      WHEN row.mentions > n.mentions THEN toInteger(row.mentions)
      ELSE n.mentions END,
    n.confidence = CASE WHEN n.confidence IS NULL OR row.confidence > n.confidence THEN row.confidence ELSE n.confidence END,
    n.titles = oldTitles + [t IN row.titles WHERE NOT t IN oldTitles],
    n.mergeReasons = oldReasons + [r IN row.mergeReasons WHERE NOT r IN oldReasons],
    n.country = coalesce(row.country, n.country),
    n.kind = coalesce(row.kind, n.kind),
    n.domain = coalesce(row.domain, n.domain)
// Labels cannot be parameters: one fixed branch per entity type.
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Event' THEN [1] ELSE [] END | SET n:Event)
FOREACH (_ IN CASE WHEN row.type = 'Location' THEN [1] ELSE [] END | SET n:Location)
FOREACH (_ IN CASE WHEN row.type = 'Agreement' THEN [1] ELSE [] END | SET n:Agreement);
