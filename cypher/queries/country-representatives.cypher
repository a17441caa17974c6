// Who represented each country: people affiliated with the country itself or with one of its
// organisations (ministries, agencies), with their titles and the number of supporting documents.
// @param country string = "" ISO alpha-2 code to keep one country; empty for all countries
MATCH (c:Country)
WHERE $country = '' OR c.country = toUpper($country)
CALL (c) {
  MATCH (p:Person)-[r:AFFILIATED_WITH]->(c)
  RETURN p, r.title AS title, r.weight AS weight, c.name AS via
  UNION
  MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organization)
  WHERE o.country = c.country
  RETURN p, r.title AS title, r.weight AS weight, o.name AS via
}
WITH c, p, collect(DISTINCT title) AS titles, collect(DISTINCT via) AS via, sum(weight) AS documents
RETURN c.name AS country, p.name AS person, titles, via, documents
ORDER BY country, documents DESC, person;
