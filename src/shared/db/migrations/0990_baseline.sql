-- Baseline for databases made before migration checksums were kept (see migrate.ts).
-- Six migrations were edited after they had been applied somewhere: 0100_search_v2 (search_pages,
-- search_head, job_search), 0202_recommendations (covering indexes), 0700_job_lifecycle (users.lang),
-- 0714_search_coarse_cubes and 0715_search_role_cubes (search_cubes registry, search_cube_install),
-- 0740_candidate_search (a languages index). A database that ran an earlier version of one of them
-- lacks what the edit added. This file adds it, idempotently and only for a migration that has run;
-- on such a database it runs before any other pending migration, so later files find what they
-- build on. On a fresh database every step finds its object in place and does nothing.
-- It ends by recording the current checksums of the six edited files; migrate.ts records the others.
-- Never edit this file either: it is history like the rest.

-- 0100_search_v2: the did-you-mean collector reads the computed search_vector; the page cache;
-- the inline search head; the materialised search document job_search.
DO $baseline$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE name = '0100_search_v2') THEN RETURN; END IF;
  EXECUTE $ddl$CREATE OR REPLACE FUNCTION search_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w
    FROM new_jobs, unnest(tsvector_to_array(new_jobs.search_vector)) AS w
   WHERE char_length(w) BETWEEN 3 AND 30 AND w !~ '[0-9]'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;$ddl$;
  EXECUTE $ddl$CREATE UNLOGGED TABLE IF NOT EXISTS search_pages (
  key text PRIMARY KEY,
  generation bigint NOT NULL,
  ref_time timestamptz NOT NULL,
  rows jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);$ddl$;
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
                   AND table_name = 'jobs' AND column_name = 'search_head') THEN
    EXECUTE $ddl$ALTER TABLE jobs ADD COLUMN search_head tsvector NOT NULL DEFAULT ''::tsvector$ddl$;
    EXECUTE $ddl$CREATE OR REPLACE FUNCTION jobs_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
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
$$;$ddl$;
    EXECUTE 'UPDATE jobs SET title = title';
  END IF;
  EXECUTE 'CREATE INDEX IF NOT EXISTS jobs_live_head_idx ON jobs USING gin (search_head) WHERE status = ''published''';
  -- job_search came in one edit with its functions and triggers; later migrations (0710 on) change
  -- them, so they are created only where the table is missing, exactly as 0100 creates them.
  IF to_regclass('job_search') IS NULL THEN
    EXECUTE $ddl$CREATE TABLE job_search (
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
$ddl$;
  END IF;
END
$baseline$;

-- 0202_recommendations: the per-locality and remote walks became covering indexes with the
-- education rank in the key (4 + 11 and 3 + 10 columns); earlier versions are rebuilt.
DO $baseline$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE name = '0202_recommendations') THEN RETURN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('jobs_live_place_recent_idx')
                   AND indnkeyatts = 4 AND indnatts = 15) THEN
    DROP INDEX IF EXISTS jobs_live_place_recent_idx;
    EXECUTE $ddl$CREATE INDEX jobs_live_place_recent_idx ON jobs (city, locality, education_rank, posted_at DESC)
  INCLUDE (id, experience_min, experience_max, expires_at, role, category, work_mode, shift,
           salary_max, languages, skills)
  WHERE status = 'published';$ddl$;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass('jobs_live_mode_recent_idx')
                   AND indnkeyatts = 3 AND indnatts = 13) THEN
    DROP INDEX IF EXISTS jobs_live_mode_recent_idx;
    EXECUTE $ddl$CREATE INDEX jobs_live_mode_recent_idx ON jobs (work_mode, education_rank, posted_at DESC)
  INCLUDE (id, experience_min, experience_max, expires_at, role, category, shift, salary_max,
           languages, skills)
  WHERE status = 'published';$ddl$;
  END IF;
END
$baseline$;

-- 0700_job_lifecycle: the language a user reads the site in.
DO $baseline$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE name = '0700_job_lifecycle') THEN RETURN; END IF;
  ALTER TABLE users ADD COLUMN IF NOT EXISTS lang text NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'hi', 'mr'));
END
$baseline$;

-- 0714_search_coarse_cubes / 0715_search_role_cubes: the cube registry, the install function and
-- the sweep that reads the registry. The cubes' triggers kept their names and definitions.
DO $baseline$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE name = '0714_search_coarse_cubes') THEN RETURN; END IF;
  CREATE TABLE IF NOT EXISTS search_cubes (name text PRIMARY KEY);
  INSERT INTO search_cubes
  SELECT c FROM unnest(ARRAY['job_search_facets', 'job_search_point_facets', 'job_search_facets_coarse',
                             'job_search_point_facets_coarse']) AS c
  ON CONFLICT DO NOTHING;
  IF EXISTS (SELECT 1 FROM schema_migrations WHERE name = '0715_search_role_cubes') THEN
    INSERT INTO search_cubes VALUES ('job_search_role_facets'), ('job_search_role_point_facets')
    ON CONFLICT DO NOTHING;
  END IF;
  EXECUTE $ddl$CREATE OR REPLACE FUNCTION search_cube_install(cube text, cols text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_cubes VALUES (cube);
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON job_search REFERENCING NEW TABLE AS new_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION search_cube_apply(%L, %L)', cube || '_insert_trg', cube, cols);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON job_search REFERENCING OLD TABLE AS old_rows '
    'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_cube_apply(%L, %L)',
    cube || '_update_trg', cube, cols);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON job_search REFERENCING OLD TABLE AS old_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION search_cube_apply(%L, %L)', cube || '_delete_trg', cube, cols);
  EXECUTE format('INSERT INTO %I SELECT %s, count(*)::int FROM job_search GROUP BY %s', cube, cols, cols);
END
$$;$ddl$;
  EXECUTE $ddl$CREATE OR REPLACE FUNCTION search_expire() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  gone integer;
  cube text;
BEGIN
  DELETE FROM job_search WHERE expires_at <= now();
  GET DIAGNOSTICS gone = ROW_COUNT;
  FOR cube IN SELECT name FROM search_cubes ORDER BY name LOOP
    EXECUTE format('DELETE FROM %I WHERE n = 0', cube);
  END LOOP;
  RETURN gone;
END
$$;$ddl$;
END
$baseline$;

-- 0740_candidate_search: languages matched by containment. 0840 moved candidate search to its own
-- table and dropped this index, so it is wanted only until 0840 runs.
DO $baseline$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE name = '0740_candidate_search') OR EXISTS (SELECT 1 FROM schema_migrations WHERE name = '0840_candidate_search_table') THEN RETURN; END IF;
  CREATE INDEX IF NOT EXISTS seeker_profiles_search_languages_idx
    ON seeker_profiles USING gin (languages jsonb_path_ops) WHERE searchable;
END
$baseline$;

-- The six edited files as they stand now: from here on, any further edit stops start-up.
UPDATE schema_migrations m SET checksum = v.checksum
  FROM (VALUES
  ('0100_search_v2', 'bffcc9da9fb1afe86473ea83cc1c22517b6f6cffe5e59b2fa6e4970b5a86a785'),
  ('0202_recommendations', '1b8362ea89d34c0914f69be7ad67a55fda891bf712215823327caad74b5511e8'),
  ('0700_job_lifecycle', '4f892da0cba204d93e74267fbcde3e2290af3b0aa8c4561498e880f9c18e2312'),
  ('0714_search_coarse_cubes', 'df19d636e142789179d5a6c8496bc9170225430e6cb34faea77e89c64be0b5fe'),
  ('0715_search_role_cubes', 'f02f2acf123dd95a883a769b0b0de748e26520ff3ec9fc6b5407d728203efff1'),
  ('0740_candidate_search', 'b9f3224c059c8fce2b531092b25b0d846de69fba706560594846e7851a3b8c57')
  ) AS v (name, checksum)
 WHERE m.name = v.name AND m.checksum IS NULL;
