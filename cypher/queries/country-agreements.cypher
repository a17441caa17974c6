// A country's agreements over time, oldest first: one row per agreement the country signed
// (directly or on a SIGNED edge that names it) with its date and precision, kind, domain, the
// other signatories and the documents; a SIGNED edge that names no agreement is a row of its own.
// @param country string ISO alpha-2 code of the country, e.g. MA
MATCH (c:Country)
WHERE c.country = toUpper($country) OR c.id = 'country:' + toUpper($country)
MATCH (c)-[r:SIGNED]-(other:Entity)
OPTIONAL MATCH (named:Agreement)
WHERE named.id IN coalesce(r.agreements, [])
WITH c, r, other, CASE WHEN other:Agreement THEN other ELSE named END AS ag
WITH c, ag, CASE WHEN ag IS NULL THEN elementId(r) ELSE ag.id END AS key, r, other
WITH c, key, ag, min(r.date) AS date, collect(r) AS edges,
     collect(DISTINCT CASE WHEN other:Agreement THEN null ELSE other.name END) AS partners
OPTIONAL MATCH (ag)-[:SIGNED]-(party:Entity)
WHERE party <> c AND NOT party:Agreement
WITH key, ag, date, edges, partners, collect(DISTINCT party.name) AS signatories
WITH ag, date, edges, partners + signatories AS names
RETURN date,
       head([e IN edges WHERE e.date = date | e.datePrecision]) AS precision,
       ag.name AS agreement, ag.kind AS kind, ag.domain AS domain,
       reduce(acc = [], n IN names | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS partners,
       CASE WHEN any(e IN edges WHERE e.status = 'done') THEN 'done' ELSE coalesce(head([e IN edges WHERE e.status IS NOT NULL | e.status]), 'done') END AS status,
       reduce(acc = [], e IN edges | acc + [d IN coalesce(e.docs, []) WHERE NOT d IN acc]) AS documents
ORDER BY date IS NULL, date, agreement;
