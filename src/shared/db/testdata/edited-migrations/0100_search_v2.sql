-- Search v2: what the query-understanding search needs from the database.
-- 1. jobs_live_role_idx: a group matches "role = ANY(...) OR search_vector @@ ...", a BitmapOr of
--    this index and jobs_live_search_idx.
CREATE INDEX jobs_live_role_idx ON jobs (role) WHERE status = 'published';

-- 2. search_words: every word of live and past job titles, skills and descriptions, with a trigram index, so an
--    unknown query word can be read as the closest known one ("did you mean"). Filled by a
--    statement-level trigger (one INSERT per batch, cheap for bulk loads).
CREATE TABLE search_words (word text PRIMARY KEY);
CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops);

CREATE FUNCTION search_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w
    FROM new_jobs,
         unnest(tsvector_to_array(to_tsvector('simple',
           new_jobs.title || ' ' || array_to_string(new_jobs.skills, ' ') || ' ' || new_jobs.description))) AS w
   WHERE char_length(w) BETWEEN 3 AND 30 AND w !~ '[0-9]'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER search_words_insert_trg AFTER INSERT ON jobs
  REFERENCING NEW TABLE AS new_jobs FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();
CREATE TRIGGER search_words_update_trg AFTER UPDATE ON jobs
  REFERENCING NEW TABLE AS new_jobs FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();

INSERT INTO search_words (word)
SELECT DISTINCT w
  FROM jobs, unnest(tsvector_to_array(to_tsvector('simple', jobs.title || ' ' || array_to_string(jobs.skills, ' ') || ' ' || jobs.description))) AS w
 WHERE char_length(w) BETWEEN 3 AND 30 AND w !~ '[0-9]'
ON CONFLICT DO NOTHING;

-- 3. Total and facet counts cached in the database (shared by every app instance), keyed by the
--    normalised filters. Any write to jobs bumps search_generation (a sequence: no row lock, so
--    posting jobs never queues behind the cache), which makes every cached count stale at once;
--    a count is also never older than a minute, which bounds what expiry changes on its own.
CREATE SEQUENCE search_generation;
CREATE FUNCTION search_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('search_generation');
  RETURN NULL;
END
$$;
CREATE TRIGGER search_generation_trg AFTER INSERT OR UPDATE OR DELETE ON jobs
  FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump();

CREATE UNLOGGED TABLE search_counts (
  key text PRIMARY KEY,
  generation bigint NOT NULL,
  total integer NOT NULL,
  facets jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);
