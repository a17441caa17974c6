// Upserts entity nodes: label Entity plus the type label, merged on `id`.
// $rows: EntityRow[] (cypher/types.ts); $dataset: the tag of the dataset loaded (or null). Lists are unioned and confidence maxed, so loading
// the same rows twice changes nothing and a second output only adds. Mentions add up only
// when the rows bring documents not seen before.
UNWIND $rows AS row
// Label choice read before MERGE: reading `row` after it would make the planner add an Eager.
WITH row, [t IN ['Country', 'Person', 'Organization', 'Event', 'Location', 'Agreement'] WHERE t = row.type] AS typeLabel
MERGE (n:Entity {id: row.id})
ON CREATE SET n += {
    datasets: [x IN [$dataset] WHERE x IS NOT NULL],
    type: row.type, name: row.name, aliases: row.aliases, docs: row.docs, mentions: toInteger(row.mentions),
    confidence: row.confidence, titles: row.titles, mergeReasons: row.mergeReasons,
    country: row.country, kind: row.kind, domain: row.domain }
ON MATCH SET n += {
    datasets: coalesce(n.datasets, []) + [x IN [$dataset] WHERE x IS NOT NULL AND NOT x IN coalesce(n.datasets, [])],
    type: row.type, name: row.name,
    aliases: coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])],
    docs: coalesce(n.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(n.docs, [])],
    mentions: CASE
      WHEN any(d IN row.docs WHERE NOT d IN coalesce(n.docs, [])) THEN coalesce(n.mentions, 0) + toInteger(row.mentions)
      WHEN n.mentions IS NULL OR row.mentions > n.mentions THEN toInteger(row.mentions)
      ELSE n.mentions END,
    confidence: CASE WHEN n.confidence IS NULL OR row.confidence > n.confidence THEN row.confidence ELSE n.confidence END,
    titles: coalesce(n.titles, []) + [t IN row.titles WHERE NOT t IN coalesce(n.titles, [])],
    mergeReasons: coalesce(n.mergeReasons, []) + [m IN row.mergeReasons WHERE NOT m IN coalesce(n.mergeReasons, [])],
    country: coalesce(row.country, n.country), kind: coalesce(row.kind, n.kind), domain: coalesce(row.domain, n.domain) }
FOREACH (_ IN [x IN typeLabel WHERE x = 'Country'] | SET n:Country)
FOREACH (_ IN [x IN typeLabel WHERE x = 'Person'] | SET n:Person)
FOREACH (_ IN [x IN typeLabel WHERE x = 'Organization'] | SET n:Organization)
FOREACH (_ IN [x IN typeLabel WHERE x = 'Event'] | SET n:Event)
FOREACH (_ IN [x IN typeLabel WHERE x = 'Location'] | SET n:Location)
FOREACH (_ IN [x IN typeLabel WHERE x = 'Agreement'] | SET n:Agreement);
