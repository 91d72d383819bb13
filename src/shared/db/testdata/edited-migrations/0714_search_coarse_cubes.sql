-- Cheaper counts for searches that filter on neither role nor experience (issue #3). The cubes of 0710
-- and 0713 key every cell by role and experience too, so a search without those filters sums every
-- cell: 50k of them for "all jobs" at a million jobs, 275k round a busy point. These two drop role and
-- experience_min (category and education_rank follow from what stays), and hold 6k and 50k cells:
--   job_search_facets_coarse:        category, city, work_mode, shift, education, industry
--   job_search_point_facets_coarse:  the same plus locality and point (lat, lng)
-- search.repo.ts picks the smallest cube whose columns cover the filters.
--
-- search_cube_apply keeps any cube exact from job_search's statement-level triggers: the cube's table
-- and its key columns come as trigger arguments, and the transition tables (new_rows, old_rows) are
-- visible to the dynamic statement. Cells are upserted in key order, so concurrent writers lock them
-- in the same order.
CREATE TABLE job_search_facets_coarse (
  category text NOT NULL,
  city text NOT NULL,
  work_mode text NOT NULL,
  shift text NOT NULL,
  education_min text NOT NULL,
  education_rank smallint NOT NULL,
  industry text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (category, city, work_mode, shift, education_min, education_rank, industry)
);

CREATE TABLE job_search_point_facets_coarse (
  category text NOT NULL,
  city text NOT NULL,
  locality text NOT NULL,
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  work_mode text NOT NULL,
  shift text NOT NULL,
  education_min text NOT NULL,
  education_rank smallint NOT NULL,
  industry text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry)
);
CREATE INDEX job_search_point_facets_coarse_point_idx ON job_search_point_facets_coarse USING gist (point(lng, lat));
CREATE INDEX job_search_point_facets_coarse_locality_idx ON job_search_point_facets_coarse (city, locality);

CREATE FUNCTION search_cube_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cube text := TG_ARGV[0];
  cols text := TG_ARGV[1];
  upsert text := format(' ORDER BY %s ON CONFLICT (%s) DO UPDATE SET n = f.n + EXCLUDED.n', cols, cols);
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('INSERT INTO %I AS f SELECT %s, count(*)::int FROM new_rows GROUP BY %s', cube, cols, cols)
      || upsert;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('INSERT INTO %I AS f SELECT %s, -count(*)::int FROM old_rows GROUP BY %s', cube, cols, cols)
      || upsert;
  ELSE
    EXECUTE format(
      'INSERT INTO %I AS f SELECT %s, sum(n)::int FROM (SELECT %s, -1 AS n FROM old_rows UNION ALL SELECT %s, 1 FROM new_rows) d GROUP BY %s HAVING sum(n) <> 0',
      cube, cols, cols, cols, cols) || upsert;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER job_search_facets_coarse_insert_trg AFTER INSERT ON job_search
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_facets_coarse',
    'category, city, work_mode, shift, education_min, education_rank, industry');
CREATE TRIGGER job_search_facets_coarse_update_trg AFTER UPDATE ON job_search
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_facets_coarse',
    'category, city, work_mode, shift, education_min, education_rank, industry');
CREATE TRIGGER job_search_facets_coarse_delete_trg AFTER DELETE ON job_search
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_facets_coarse',
    'category, city, work_mode, shift, education_min, education_rank, industry');

CREATE TRIGGER job_search_point_facets_coarse_insert_trg AFTER INSERT ON job_search
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_point_facets_coarse',
    'category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry');
CREATE TRIGGER job_search_point_facets_coarse_update_trg AFTER UPDATE ON job_search
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_point_facets_coarse',
    'category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry');
CREATE TRIGGER job_search_point_facets_coarse_delete_trg AFTER DELETE ON job_search
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_point_facets_coarse',
    'category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry');

INSERT INTO job_search_facets_coarse
SELECT category, city, work_mode, shift, education_min, education_rank, industry, count(*)::int
  FROM job_search
 GROUP BY category, city, work_mode, shift, education_min, education_rank, industry;

INSERT INTO job_search_point_facets_coarse
SELECT category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry, count(*)::int
  FROM job_search
 GROUP BY category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry;

-- Empty cells go with the sweep, like the other cubes'.
CREATE OR REPLACE FUNCTION search_expire() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  gone integer;
BEGIN
  DELETE FROM job_search WHERE expires_at <= now();
  GET DIAGNOSTICS gone = ROW_COUNT;
  DELETE FROM job_search_facets WHERE n = 0;
  DELETE FROM job_search_point_facets WHERE n = 0;
  DELETE FROM job_search_facets_coarse WHERE n = 0;
  DELETE FROM job_search_point_facets_coarse WHERE n = 0;
  RETURN gone;
END
$$;

ANALYZE job_search_facets_coarse;
ANALYZE job_search_point_facets_coarse;
