-- Search at a million jobs (issue #3): a stored static rank, a facet count cube, only live jobs in
-- job_search, and a response cache keyed by the normalised query.
--
-- 1. job_search.rank_key: a time-invariant "freshness + bonuses" key, in seconds:
--      epoch(posted_at) + 3 days if the salary is disclosed + 3 days if the employer is verified
--      - 30 days while the employer has been asked to re-confirm the job (jobs.reconfirm_requested_at)
--    Newer is better and a bonus is worth being posted a few days later, so ordering by it never
--    changes with the clock, and the top results of a broad search come from an index scan on
--    (rank_key DESC, id DESC) that stops after one page instead of scoring every match.
--
-- 2. job_search holds LIVE jobs only (published and not yet expired). A job that expires is removed
--    by search_expire() (every minute from the server, and now and then by a search); until then
--    every query still checks expires_at > now(), so results and counts stay exact.
--
-- 3. job_search_facets: the number of job_search rows per (role, category, city, work mode, shift,
--    education, experience, industry), kept exact by statement-level triggers on job_search
--    (transition tables: one grouped statement per batch). Total and facet counts of a search whose
--    filters are all among those columns (a concept such as "call centre" is a role set) are sums over
--    a few thousand cells instead of a scan of every match; the rows that expired since the last
--    sweep are subtracted, so the counts equal the result's own.
ALTER TABLE job_search ADD COLUMN stale boolean NOT NULL DEFAULT false;
ALTER TABLE job_search ADD COLUMN rank_key bigint NOT NULL DEFAULT 0;

CREATE FUNCTION job_search_rank(posted_at timestamptz, salary_max integer, verified boolean, stale boolean)
RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
  SELECT floor(extract(epoch FROM coalesce(posted_at, timestamptz '2000-01-01 00:00:00+00')))::bigint
       + CASE WHEN salary_max IS NOT NULL THEN 259200 ELSE 0 END
       + CASE WHEN verified THEN 259200 ELSE 0 END
       - CASE WHEN stale THEN 2592000 ELSE 0 END
$$;

CREATE OR REPLACE FUNCTION job_search_upsert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM job_search s USING new_jobs n
   WHERE s.id = n.id AND (n.status <> 'published' OR n.expires_at IS NULL OR n.expires_at <= now());
  INSERT INTO job_search (id, company_id, verified, category, role, sector, industry, city, locality,
                          lat, lng, work_mode, shift, salary_max, experience_min, education_min,
                          education_rank, languages, posted_at, expires_at, search_head, stale, rank_key)
  SELECT n.id, n.company_id, c.verified, n.category, n.role, n.sector, n.industry, n.city, n.locality,
         n.lat, n.lng, n.work_mode, n.shift, n.salary_max, n.experience_min, n.education_min,
         n.education_rank, n.languages, n.posted_at, n.expires_at, n.search_head,
         n.reconfirm_requested_at IS NOT NULL,
         job_search_rank(n.posted_at, n.salary_max, c.verified, n.reconfirm_requested_at IS NOT NULL)
    FROM new_jobs n JOIN companies c ON c.id = n.company_id
   WHERE n.status = 'published' AND n.expires_at > now()
   ORDER BY n.id
  ON CONFLICT (id) DO UPDATE SET
    company_id = EXCLUDED.company_id, verified = EXCLUDED.verified, category = EXCLUDED.category,
    role = EXCLUDED.role, sector = EXCLUDED.sector, industry = EXCLUDED.industry, city = EXCLUDED.city,
    locality = EXCLUDED.locality, lat = EXCLUDED.lat, lng = EXCLUDED.lng, work_mode = EXCLUDED.work_mode,
    shift = EXCLUDED.shift, salary_max = EXCLUDED.salary_max, experience_min = EXCLUDED.experience_min,
    education_min = EXCLUDED.education_min, education_rank = EXCLUDED.education_rank,
    languages = EXCLUDED.languages, posted_at = EXCLUDED.posted_at, expires_at = EXCLUDED.expires_at,
    search_head = EXCLUDED.search_head, stale = EXCLUDED.stale, rank_key = EXCLUDED.rank_key;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION job_search_verified() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE job_search
     SET verified = NEW.verified, rank_key = job_search_rank(posted_at, salary_max, NEW.verified, stale)
   WHERE company_id = NEW.id AND verified <> NEW.verified;
  RETURN NULL;
END
$$;

-- Existing rows: expired ones leave, the rest get their stale flag and rank.
DELETE FROM job_search WHERE expires_at IS NULL OR expires_at <= now();
UPDATE job_search s
   SET stale = j.reconfirm_requested_at IS NOT NULL,
       rank_key = job_search_rank(s.posted_at, s.salary_max, s.verified, j.reconfirm_requested_at IS NOT NULL)
  FROM jobs j
 WHERE j.id = s.id;

-- role / category / city lead the rank index for searches with one of them, so a page is an
-- index range read; the plain rank index serves concept sets (several roles) and browsing.
DROP INDEX job_search_role_idx;
CREATE INDEX job_search_rank_idx ON job_search (rank_key DESC, id DESC);
CREATE INDEX job_search_role_rank_idx ON job_search (role, rank_key DESC, id DESC);
CREATE INDEX job_search_category_rank_idx ON job_search (category, rank_key DESC, id DESC);
CREATE INDEX job_search_city_rank_idx ON job_search (city, rank_key DESC, id DESC);
CREATE INDEX job_search_expires_idx ON job_search (expires_at);

-- Removes jobs that expired from job_search (their facet cells follow through the trigger).
CREATE FUNCTION search_expire() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  gone integer;
BEGIN
  DELETE FROM job_search WHERE expires_at <= now();
  GET DIAGNOSTICS gone = ROW_COUNT;
  DELETE FROM job_search_facets WHERE n = 0;
  RETURN gone;
END
$$;

CREATE TABLE job_search_facets (
  role text NOT NULL,
  category text NOT NULL,
  city text NOT NULL,
  work_mode text NOT NULL,
  shift text NOT NULL,
  education_min text NOT NULL,
  education_rank smallint NOT NULL,
  experience_min smallint NOT NULL,
  industry text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry)
);
CREATE INDEX job_search_facets_category_idx ON job_search_facets (category);
CREATE INDEX job_search_facets_city_idx ON job_search_facets (city);

-- One function for the three triggers: rows leaving count -1, rows arriving +1, summed per cell
-- (an update that leaves the cell unchanged, e.g. a verification, nets to nothing and writes nothing).
CREATE FUNCTION job_search_facets_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO job_search_facets AS f
    SELECT role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry,
           count(*)::int
      FROM new_rows
     GROUP BY role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ON CONFLICT (role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry)
      DO UPDATE SET n = f.n + EXCLUDED.n;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE job_search_facets f SET n = f.n - d.n
      FROM (SELECT role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry,
                   count(*)::int AS n
              FROM old_rows
             GROUP BY role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry) d
     WHERE (f.role, f.category, f.city, f.work_mode, f.shift, f.education_min, f.education_rank, f.experience_min, f.industry)
         = (d.role, d.category, d.city, d.work_mode, d.shift, d.education_min, d.education_rank, d.experience_min, d.industry);
  ELSE
    INSERT INTO job_search_facets AS f
    SELECT role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry, sum(n)::int
      FROM (SELECT role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry, -1 AS n
              FROM old_rows
            UNION ALL
            SELECT role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry, 1
              FROM new_rows) d
     GROUP BY role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry
    HAVING sum(n) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ON CONFLICT (role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry)
      DO UPDATE SET n = f.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER job_search_facets_insert_trg AFTER INSERT ON job_search
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_search_facets_apply();
CREATE TRIGGER job_search_facets_update_trg AFTER UPDATE ON job_search
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_search_facets_apply();
CREATE TRIGGER job_search_facets_delete_trg AFTER DELETE ON job_search
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION job_search_facets_apply();

INSERT INTO job_search_facets
SELECT role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry, count(*)::int
  FROM job_search
 GROUP BY role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry;

-- 4. Whole answers of the HTTP search, keyed by the normalised query (and cursor), shared by every
--    instance; valid while search_generation is unchanged and for at most a minute, like
--    search_counts. A hit is one primary-key read and no JSON work.
CREATE UNLOGGED TABLE search_responses (
  key text PRIMARY KEY,
  generation bigint NOT NULL,
  body text NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);
