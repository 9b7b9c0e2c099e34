-- Extensions every later migration relies on. pg_trgm: fuzzy name search and entity matching.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
