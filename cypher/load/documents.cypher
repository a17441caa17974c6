// Upserts Document nodes from graph.json's `documents` attribute.
// $rows: [{id, title, date, lang, url}] (DocumentRow); null fields keep what is stored.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = coalesce(row.title, d.title),
    d.date = coalesce(row.date, d.date),
    d.lang = coalesce(row.lang, d.lang),
    d.url = coalesce(row.url, d.url);
