// Tafahum graph schema: uniqueness of `id` for every entity label, for the common label
// Entity (what the loader MERGEs on) and for Document. Idempotent: safe on every load.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
// No index on names, dates or other free text: Neo4j's range indexes refuse values over ~8 KB,
// and the saved queries compare names case-insensitively, which an index would not serve.
// Indexes that earlier versions created on such text; dropping is idempotent too.
DROP INDEX entity_name IF EXISTS;
DROP INDEX entity_country IF EXISTS;
DROP INDEX document_date IF EXISTS;
