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

-- 4. The top 200 results of a search, cached the same way (same generation rule, same minute), with the
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

-- 6. job_search: the materialised search document. One narrow row (~200 bytes) per live job with
--    exactly what filters, facets and ranking read, so counting 100k+ matches scans a table a
--    tenth the size of jobs (whose rows carry the description and the full search_vector).
--    A row exists only while its job is published; statement-level triggers keep it in step
--    (one statement per bulk batch), and a company's verification is copied onto its jobs.
CREATE TABLE job_search (
  id bigint PRIMARY KEY,
  company_id uuid NOT NULL,
  verified boolean NOT NULL,
  category text NOT NULL,
  role text NOT NULL,
  sector text,
  industry text NOT NULL,
  city text NOT NULL,
  locality text NOT NULL,
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  work_mode text NOT NULL,
  shift text NOT NULL,
  salary_max integer,
  experience_min smallint NOT NULL,
  education_min text NOT NULL,
  education_rank smallint NOT NULL,
  languages jsonb NOT NULL,
  posted_at timestamptz,
  expires_at timestamptz,
  search_head tsvector NOT NULL
);
CREATE INDEX job_search_recent_idx ON job_search (posted_at DESC, id DESC);
CREATE INDEX job_search_city_recent_idx ON job_search (city, posted_at DESC, id DESC);
CREATE INDEX job_search_role_idx ON job_search (role);
CREATE INDEX job_search_geo_idx ON job_search (lat, lng);
CREATE INDEX job_search_head_idx ON job_search USING gin (search_head);

CREATE FUNCTION job_search_upsert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM job_search s USING new_jobs n WHERE s.id = n.id AND n.status <> 'published';
  INSERT INTO job_search
  SELECT n.id, n.company_id, c.verified, n.category, n.role, n.sector, n.industry, n.city, n.locality,
         n.lat, n.lng, n.work_mode, n.shift, n.salary_max, n.experience_min, n.education_min,
         n.education_rank, n.languages, n.posted_at, n.expires_at, n.search_head
    FROM new_jobs n JOIN companies c ON c.id = n.company_id
   WHERE n.status = 'published'
  ON CONFLICT (id) DO UPDATE SET
    company_id = EXCLUDED.company_id, verified = EXCLUDED.verified, category = EXCLUDED.category,
    role = EXCLUDED.role, sector = EXCLUDED.sector, industry = EXCLUDED.industry, city = EXCLUDED.city,
    locality = EXCLUDED.locality, lat = EXCLUDED.lat, lng = EXCLUDED.lng, work_mode = EXCLUDED.work_mode,
    shift = EXCLUDED.shift, salary_max = EXCLUDED.salary_max, experience_min = EXCLUDED.experience_min,
    education_min = EXCLUDED.education_min, education_rank = EXCLUDED.education_rank,
    languages = EXCLUDED.languages, posted_at = EXCLUDED.posted_at, expires_at = EXCLUDED.expires_at,
    search_head = EXCLUDED.search_head;
  RETURN NULL;
END
$$;
CREATE FUNCTION job_search_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM job_search s USING old_jobs o WHERE s.id = o.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER job_search_insert_trg AFTER INSERT ON jobs
  REFERENCING NEW TABLE AS new_jobs FOR EACH STATEMENT EXECUTE FUNCTION job_search_upsert();
CREATE TRIGGER job_search_update_trg AFTER UPDATE ON jobs
  REFERENCING NEW TABLE AS new_jobs FOR EACH STATEMENT EXECUTE FUNCTION job_search_upsert();
CREATE TRIGGER job_search_delete_trg AFTER DELETE ON jobs
  REFERENCING OLD TABLE AS old_jobs FOR EACH STATEMENT EXECUTE FUNCTION job_search_remove();

CREATE FUNCTION job_search_verified() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE job_search SET verified = NEW.verified WHERE company_id = NEW.id AND verified <> NEW.verified;
  RETURN NULL;
END
$$;
CREATE TRIGGER job_search_verified_trg AFTER UPDATE OF verified ON companies
  FOR EACH ROW EXECUTE FUNCTION job_search_verified();

INSERT INTO job_search
SELECT j.id, j.company_id, c.verified, j.category, j.role, j.sector, j.industry, j.city, j.locality,
       j.lat, j.lng, j.work_mode, j.shift, j.salary_max, j.experience_min, j.education_min,
       j.education_rank, j.languages, j.posted_at, j.expires_at, j.search_head
  FROM jobs j JOIN companies c ON c.id = j.company_id
 WHERE j.status = 'published';
