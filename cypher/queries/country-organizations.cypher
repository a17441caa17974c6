// Organisations a country works with: directly (signed, met, partnered, member of) or through
// the people who represent it, ranked by supporting documents.
// @param country string ISO alpha-2 code of the country, e.g. MA
MATCH (c:Country)
WHERE c.country = toUpper($country) OR c.id = 'country:' + toUpper($country)
CALL (c) {
  MATCH (c)-[r:SIGNED|MET|PARTNERED|MEMBER_OF]-(o:Organization)
  RETURN o, r, 'direct' AS how
  UNION
  MATCH (c)<-[:AFFILIATED_WITH]-(:Person)-[r:SIGNED|MET|PARTNERED]-(o:Organization)
  RETURN o, r, 'through a representative' AS how
}
RETURN o.name AS organization, o.country AS orgCountry, collect(DISTINCT type(r)) AS relations,
       collect(DISTINCT how) AS how, sum(r.weight) AS documents, min(r.date) AS first, max(r.date) AS latest
ORDER BY documents DESC, organization;
