// Partners of a country ranked by the number of documents that support their signatures,
// meetings and partnerships with it.
// @param country string ISO alpha-2 code of the country, e.g. MA
// @param limit int = 20 most partners to list
MATCH (c:Country)
WHERE c.country = toUpper($country) OR c.id = 'country:' + toUpper($country)
MATCH (c)-[r:SIGNED|MET|PARTNERED]-(p:Entity)
WHERE $dataset IS NULL OR $dataset IN r.datasets
WITH p, collect(DISTINCT type(r)) AS relations, sum(r.weight) AS documents, count(r) AS edges, max(r.date) AS latest
RETURN p.name AS partner, p.type AS type, documents, edges, relations, latest
ORDER BY documents DESC, edges DESC, partner
LIMIT $limit;
