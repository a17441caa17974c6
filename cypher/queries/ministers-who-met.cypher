// Ministers who met a given person: people linked to them by MET whose titles (on the person
// or on an AFFILIATED_WITH edge) name a minister, in French, English or Arabic.
// @param person string id (person:...) or name or alias of the person
// @param onlyMinisters boolean = true false lists everyone the person met
MATCH (p:Person)
WHERE p.id = $person OR toLower(p.name) = toLower($person) OR any(a IN p.aliases WHERE toLower(a) = toLower($person))
MATCH (p)-[r:MET]-(m:Person)
OPTIONAL MATCH (m)-[aff:AFFILIATED_WITH]->(o:Entity)
WITH p, r, m, collect(DISTINCT o.name) AS affiliations, coalesce(m.titles, []) + collect(aff.title) AS titles
WHERE NOT $onlyMinisters
   OR any(t IN titles WHERE toLower(t) CONTAINS 'minist' OR t CONTAINS 'وزير' OR t CONTAINS 'وزيرة' OR toLower(t) CONTAINS 'secretary of state')
RETURN m.name AS met, titles, affiliations, r.date AS date, r.docs AS documents
ORDER BY date, met;
