// A country's agreements over time: every SIGNED edge of the country, oldest first, with the
// partner, the date and its precision, the status and the agreement entities behind the edge.
// @param country string ISO alpha-2 code of the country, e.g. MA
MATCH (c:Country)
WHERE c.country = toUpper($country) OR c.id = 'country:' + toUpper($country)
MATCH (c)-[r:SIGNED]-(partner:Entity)
OPTIONAL MATCH (ag:Agreement)
WHERE ag.id IN coalesce(r.agreements, [])
WITH c, r, partner, collect(ag.name) AS agreements
RETURN r.date AS date, r.datePrecision AS precision, partner.name AS partner, partner.type AS partnerType,
       coalesce(r.status, 'done') AS status, agreements, r.docs AS documents
ORDER BY r.date IS NULL, r.date, partner;
