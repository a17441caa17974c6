// Upserts Document nodes from graph.json's `documents` attribute.
// $rows: [{id, title, date, lang, url}] (DocumentRow); null fields keep what is stored.
// $dataset: the tag of the dataset loaded (or null), added to the document's `datasets`.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.datasets = coalesce(d.datasets, []) + [x IN [$dataset] WHERE x IS NOT NULL AND NOT x IN coalesce(d.datasets, [])],
    d.title = coalesce(row.title, d.title),
    d.date = coalesce(row.date, d.date),
    d.lang = coalesce(row.lang, d.lang),
    d.url = coalesce(row.url, d.url);
