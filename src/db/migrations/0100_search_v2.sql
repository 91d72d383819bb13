-- Search v2: what the query-understanding search needs from the database.
-- 1. jobs_live_role_idx: a group matches "role = ANY(...) OR search_vector @@ ...", a BitmapOr of
--    this index and jobs_live_search_idx.
CREATE INDEX jobs_live_role_idx ON jobs (role) WHERE status = 'published';

-- 2. search_words: every word of every job's search document (title, role, company, skills,
--    description, place), with a trigram index, so an unknown query word can be read as the closest
--    known one ("did you mean"). Filled by a statement-level trigger from the already computed
--    search_vector (one INSERT per batch, no second tokenising, cheap for bulk loads).
CREATE TABLE search_words (word text PRIMARY KEY);
CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops);

CREATE FUNCTION search_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w
    FROM new_jobs, unnest(tsvector_to_array(new_jobs.search_vector)) AS w
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
  FROM jobs, unnest(tsvector_to_array(jobs.search_vector)) AS w
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

-- 4. Page one of a search, cached the same way (same generation rule, same minute), with the
--    reference time its relevance scores were computed at, so its cursor continues that same search.
CREATE UNLOGGED TABLE search_pages (
  key text PRIMARY KEY,
  generation bigint NOT NULL,
  ref_time timestamptz NOT NULL,
  rows jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);

-- 5. search_head: the small part of the search document (title A; role, company, skills B). It
--    stays inline in the row (the full search_vector, with the description, is TOASTed), so
--    matching a known idea and ranking read no TOAST: at 100k jobs that was 2.4 s -> tens of ms.
ALTER TABLE jobs ADD COLUMN search_head tsvector NOT NULL DEFAULT ''::tsvector;

CREATE OR REPLACE FUNCTION jobs_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  role_name text;
  company_name text;
  place text;
BEGIN
  SELECT r.name INTO role_name FROM roles r WHERE r.slug = NEW.role;
  SELECT c.name INTO company_name FROM companies c WHERE c.id = NEW.company_id;
  SELECT l.name || ' ' || ci.name INTO place
    FROM localities l JOIN cities ci ON ci.slug = l.city
   WHERE l.city = NEW.city AND l.slug = NEW.locality;
  NEW.search_head :=
    setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(role_name, '') || ' ' || coalesce(company_name, '') || ' ' ||
      array_to_string(NEW.skills, ' ')), 'B');
  NEW.search_vector :=
    NEW.search_head ||
    setweight(to_tsvector('simple', coalesce(NEW.description, '')), 'C') ||
    setweight(to_tsvector('simple', coalesce(place, '')), 'D');
  RETURN NEW;
END
$$;
UPDATE jobs SET title = title;
CREATE INDEX jobs_live_head_idx ON jobs USING gin (search_head) WHERE status = 'published';
