-- Place searches at a million jobs (issue #3). Jobs sit on a few hundred points at most (a job takes
-- its locality's coordinates), so:
-- 1. job_search_point_facets: the facet cube of 0710 with the job's locality and point (lat, lng)
--    added, kept exact by the same kind of statement-level triggers. Counts of a place search
--    ("call centre job andheri", near=lat,lng&radius_km=10) are sums over the cells whose point lies
--    in the circle instead of a scan of every job in it; the cube also lists the points a search
--    touches, with their distance, for the page reads below.
-- 2. (lat, lng, id) and (lat, lng, rank_key DESC, id DESC): a page in distance order, or in relevance
--    order inside a circle, is read point by point (nearest first) from these with early stop.
CREATE TABLE job_search_point_facets (
  role text NOT NULL,
  category text NOT NULL,
  city text NOT NULL,
  locality text NOT NULL,
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  work_mode text NOT NULL,
  shift text NOT NULL,
  education_min text NOT NULL,
  education_rank smallint NOT NULL,
  experience_min smallint NOT NULL,
  industry text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
               experience_min, industry)
);
CREATE INDEX job_search_point_facets_point_idx ON job_search_point_facets USING gist (point(lng, lat));
CREATE INDEX job_search_point_facets_locality_idx ON job_search_point_facets (city, locality);

CREATE FUNCTION job_search_point_facets_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO job_search_point_facets AS f
    SELECT role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
           experience_min, industry, count(*)::int
      FROM new_rows
     GROUP BY role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
              experience_min, industry
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
    ON CONFLICT (role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
                 experience_min, industry)
      DO UPDATE SET n = f.n + EXCLUDED.n;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE job_search_point_facets f SET n = f.n - d.n
      FROM (SELECT role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
                   experience_min, industry, count(*)::int AS n
              FROM old_rows
             GROUP BY role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
                      experience_min, industry) d
     WHERE (f.role, f.category, f.city, f.locality, f.lat, f.lng, f.work_mode, f.shift, f.education_min,
            f.education_rank, f.experience_min, f.industry)
         = (d.role, d.category, d.city, d.locality, d.lat, d.lng, d.work_mode, d.shift, d.education_min,
            d.education_rank, d.experience_min, d.industry);
  ELSE
    INSERT INTO job_search_point_facets AS f
    SELECT role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
           experience_min, industry, sum(n)::int
      FROM (SELECT role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
                   experience_min, industry, -1 AS n
              FROM old_rows
            UNION ALL
            SELECT role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
                   experience_min, industry, 1
              FROM new_rows) d
     GROUP BY role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
              experience_min, industry
    HAVING sum(n) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
    ON CONFLICT (role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
                 experience_min, industry)
      DO UPDATE SET n = f.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER job_search_point_facets_insert_trg AFTER INSERT ON job_search
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_search_point_facets_apply();
CREATE TRIGGER job_search_point_facets_update_trg AFTER UPDATE ON job_search
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_search_point_facets_apply();
CREATE TRIGGER job_search_point_facets_delete_trg AFTER DELETE ON job_search
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION job_search_point_facets_apply();

INSERT INTO job_search_point_facets
SELECT role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, experience_min,
       industry, count(*)::int
  FROM job_search
 GROUP BY role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank,
          experience_min, industry;

-- Empty cells go with the sweep, like the first cube's.
CREATE OR REPLACE FUNCTION search_expire() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  gone integer;
BEGIN
  DELETE FROM job_search WHERE expires_at <= now();
  GET DIAGNOSTICS gone = ROW_COUNT;
  DELETE FROM job_search_facets WHERE n = 0;
  DELETE FROM job_search_point_facets WHERE n = 0;
  RETURN gone;
END
$$;

DROP INDEX IF EXISTS job_search_geo_idx;
CREATE INDEX job_search_point_id_idx ON job_search (lat, lng, id);
CREATE INDEX job_search_point_rank_idx ON job_search (lat, lng, rank_key DESC, id DESC);
-- A point is one (lat, lng) pair: without this the planner multiplies the two selectivities, thinks a
-- point holds a hundred jobs instead of thousands, and sorts them all instead of reading the index
-- in order.
CREATE STATISTICS job_search_point_stats (dependencies, ndistinct) ON lat, lng FROM job_search;
ANALYZE job_search;
