-- Pay floors at a million jobs (issue #15, speed). "salary at least X" (salary_min=X) keeps the jobs
-- whose posted minimum is at least X; a job that does not disclose pay never matches a floor. Until
-- now job_search had no salary_min and no cube knew pay, so every search with a floor counted each of
-- its matches (90-1,100 ms at 1M, seconds under load).
--
-- 1. job_search.salary_min, and pay_band: the band the posted minimum falls in, as seekers ask for
--    pay (0 undisclosed, 1 under 10k, 2 10-12k, 3 12-15k, 4 15-18k, 5 18-20k, 6 20-25k, 7 25-30k,
--    8 30-40k, 9 40k and more; the edges are search.repo.ts's PAY_EDGES).
-- 2. Two pay cubes in "long" form: one row per (cell, facet, value) for the four facets that are not
--    already key columns (work_mode, shift, education, industry), so a cell is a few dozen rows
--    instead of the product of every facet (a full cube with pay would hold about one cell per job).
--      job_search_pay_city_cells:  role, category, city, pay_band, facet, value
--      job_search_pay_point_cells: the same plus locality and point (lat, lng)
--    A floor on a band edge is the sum of the cells of the bands at and above it: total = the
--    work_mode rows (each job has exactly one), facets = each facet's rows, city and category from
--    the key columns. Kept exact by statement-level triggers like the other cubes (0710, 0714).
-- 3. job_search_pay_points: jobs per point (a job takes its locality's coordinates): the points of
--    a circle in one read of ~100 rows, each then an index range of the point cube.
CREATE FUNCTION job_pay_band(salary_min integer) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN salary_min IS NULL THEN 0
    WHEN salary_min < 10000 THEN 1
    WHEN salary_min < 12000 THEN 2
    WHEN salary_min < 15000 THEN 3
    WHEN salary_min < 18000 THEN 4
    WHEN salary_min < 20000 THEN 5
    WHEN salary_min < 25000 THEN 6
    WHEN salary_min < 30000 THEN 7
    WHEN salary_min < 40000 THEN 8
    ELSE 9
  END::smallint
$$;

ALTER TABLE job_search ADD COLUMN IF NOT EXISTS salary_min integer;
ALTER TABLE job_search ADD COLUMN pay_band smallint GENERATED ALWAYS AS (job_pay_band(salary_min)) STORED;

CREATE OR REPLACE FUNCTION job_search_upsert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM job_search s USING new_jobs n
   WHERE s.id = n.id AND (n.status <> 'published' OR n.expires_at IS NULL OR n.expires_at <= now());
  INSERT INTO job_search (id, company_id, verified, category, role, sector, industry, city, locality,
                          lat, lng, work_mode, shift, salary_min, salary_max, experience_min, education_min,
                          education_rank, languages, posted_at, expires_at, search_head, stale, rank_key)
  SELECT n.id, n.company_id, c.verified, n.category, n.role, n.sector, n.industry, n.city, n.locality,
         n.lat, n.lng, n.work_mode, n.shift, n.salary_min, n.salary_max, n.experience_min, n.education_min,
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
    shift = EXCLUDED.shift, salary_min = EXCLUDED.salary_min, salary_max = EXCLUDED.salary_max,
    experience_min = EXCLUDED.experience_min, education_min = EXCLUDED.education_min,
    education_rank = EXCLUDED.education_rank, languages = EXCLUDED.languages, posted_at = EXCLUDED.posted_at,
    expires_at = EXCLUDED.expires_at, search_head = EXCLUDED.search_head, stale = EXCLUDED.stale,
    rank_key = EXCLUDED.rank_key;
  RETURN NULL;
END
$$;

-- Existing rows get their minimum. The cube triggers are off for this one statement: no cube keeps
-- pay yet, so every cell would net to nothing after grouping a million-row transition table.
ALTER TABLE job_search DISABLE TRIGGER USER;
UPDATE job_search s SET salary_min = j.salary_min FROM jobs j WHERE j.id = s.id AND j.salary_min IS NOT NULL;
ALTER TABLE job_search ENABLE TRIGGER USER;

-- A long cube's rows for a batch: each job row once per facet it is counted in.
CREATE FUNCTION search_pay_cube_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cube text := TG_ARGV[0];
  keys text := TG_ARGV[1] || ', facet, value';
  facets text := ' r CROSS JOIN LATERAL (VALUES (''work_mode'', r.work_mode), (''shift'', r.shift), '
    '(''education'', r.education_min), (''industry'', r.industry)) v(facet, value)';
  upsert text := format(' ORDER BY %s ON CONFLICT (%s) DO UPDATE SET n = f.n + EXCLUDED.n', keys, keys);
BEGIN
  -- Columns named: a cube's key order (its primary key, for the reads) need not be the table's.
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('INSERT INTO %I AS f (%s, n) SELECT %s, count(*)::int FROM new_rows%s GROUP BY %s',
      cube, keys, keys, facets, keys) || upsert;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('INSERT INTO %I AS f (%s, n) SELECT %s, -count(*)::int FROM old_rows%s GROUP BY %s',
      cube, keys, keys, facets, keys) || upsert;
  ELSE
    EXECUTE format(
      'INSERT INTO %I AS f (%s, n) SELECT %s, sum(n)::int FROM (SELECT %s, -1 AS n FROM old_rows%s '
      'UNION ALL SELECT %s, 1 FROM new_rows%s) d GROUP BY %s HAVING sum(n) <> 0',
      cube, keys, keys, keys, facets, keys, facets, keys) || upsert;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION search_pay_cube_install(cube text, cols text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_cubes VALUES (cube);
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON job_search REFERENCING NEW TABLE AS new_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION search_pay_cube_apply(%L, %L)', cube || '_insert_trg', cube, cols);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON job_search REFERENCING OLD TABLE AS old_rows '
    'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_pay_cube_apply(%L, %L)',
    cube || '_update_trg', cube, cols);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON job_search REFERENCING OLD TABLE AS old_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION search_pay_cube_apply(%L, %L)', cube || '_delete_trg', cube, cols);
  EXECUTE format(
    'INSERT INTO %I (%s, facet, value, n) SELECT %s, facet, value, count(*)::int FROM job_search r '
    'CROSS JOIN LATERAL (VALUES (''work_mode'', r.work_mode), (''shift'', r.shift), '
    '(''education'', r.education_min), (''industry'', r.industry)) v(facet, value) GROUP BY %s, facet, value',
    cube, cols, cols, cols);
END
$$;

CREATE TABLE job_search_pay_city_cells (
  city text NOT NULL,
  role text NOT NULL,
  pay_band smallint NOT NULL,
  facet text NOT NULL,
  value text NOT NULL,
  category text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (city, role, pay_band, facet, value, category)
);
CREATE INDEX job_search_pay_city_cells_role_idx ON job_search_pay_city_cells (role, pay_band);

CREATE TABLE job_search_pay_point_cells (
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  role text NOT NULL,
  pay_band smallint NOT NULL,
  facet text NOT NULL,
  value text NOT NULL,
  category text NOT NULL,
  city text NOT NULL,
  locality text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (lat, lng, role, pay_band, facet, value, category, city, locality)
);
CREATE INDEX job_search_pay_point_cells_locality_idx ON job_search_pay_point_cells (city, locality);

CREATE TABLE job_search_pay_points (
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (lat, lng)
);

SELECT search_pay_cube_install('job_search_pay_city_cells', 'city, role, pay_band, category');
SELECT search_pay_cube_install('job_search_pay_point_cells',
  'lat, lng, role, pay_band, category, city, locality');
SELECT search_cube_install('job_search_pay_points', 'lat, lng');

-- A floor that falls inside a band counts that band's jobs at or above it one by one; this index
-- finds them by band, city and role, with the minimum beside, for the few that are (see search-pay.repo.ts).
CREATE INDEX job_search_pay_idx ON job_search (pay_band, city, role, salary_min);

-- A count past the bound of search-pay.repo.ts is an estimate, and its cached entry says so.
ALTER TABLE search_counts ADD COLUMN total_is_estimate boolean NOT NULL DEFAULT false;

ANALYZE job_search;
ANALYZE job_search_pay_city_cells;
ANALYZE job_search_pay_point_cells;
ANALYZE job_search_pay_points;
