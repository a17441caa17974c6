// Metadata of every document, for the viewer's evidence panel and document filter. Read-only.
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.date AS date, d.lang AS lang, d.url AS url
ORDER BY id;
