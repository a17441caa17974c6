// Relations dated on or after a date, newest first. Dates are ISO text at day, month or year
// precision and compare as text: since 2024-05 keeps 2024-05-17 and 2024-06 but not 2024.
// @param since string ISO date: 2024, 2024-05 or 2024-05-17
// @param limit int = 100 most relations to list
MATCH (a:Entity)-[r:SIGNED|MET|PARTNERED|AFFILIATED_WITH|MEMBER_OF|PARTICIPATED_IN|LOCATED_IN]->(b:Entity)
WHERE r.date IS NOT NULL AND r.date >= $since
RETURN r.date AS date, r.datePrecision AS precision, type(r) AS relation, a.name AS source, b.name AS target,
       r.status AS status, r.weight AS documents
ORDER BY date DESC, relation, source
LIMIT $limit;
