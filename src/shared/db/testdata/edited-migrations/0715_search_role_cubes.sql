-- The middle rung of the cube lattice (issue #3): role but no experience. A concept search ("call
-- centre" = six roles) filters on role and rarely on experience, yet the fine cubes split every cell
-- by experience_min too, so its counts summed 12k cells. Without that column the cubes hold a third
-- (18k) and a half (132k) of the cells. search.repo.ts picks the smallest cube whose columns cover the
-- filters: coarse (0714), these, then the fine ones (0710, 0713). Kept exact by search_cube_apply.
CREATE TABLE job_search_role_facets (
  role text NOT NULL,
  category text NOT NULL,
  city text NOT NULL,
  work_mode text NOT NULL,
  shift text NOT NULL,
  education_min text NOT NULL,
  education_rank smallint NOT NULL,
  industry text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (role, category, city, work_mode, shift, education_min, education_rank, industry)
);

CREATE TABLE job_search_role_point_facets (
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
  industry text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry)
);
CREATE INDEX job_search_role_point_facets_point_idx ON job_search_role_point_facets USING gist (point(lng, lat));
CREATE INDEX job_search_role_point_facets_locality_idx ON job_search_role_point_facets (city, locality);

CREATE TRIGGER job_search_role_facets_insert_trg AFTER INSERT ON job_search
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_role_facets',
    'role, category, city, work_mode, shift, education_min, education_rank, industry');
CREATE TRIGGER job_search_role_facets_update_trg AFTER UPDATE ON job_search
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_role_facets',
    'role, category, city, work_mode, shift, education_min, education_rank, industry');
CREATE TRIGGER job_search_role_facets_delete_trg AFTER DELETE ON job_search
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_role_facets',
    'role, category, city, work_mode, shift, education_min, education_rank, industry');

CREATE TRIGGER job_search_role_point_facets_insert_trg AFTER INSERT ON job_search
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_role_point_facets',
    'role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry');
CREATE TRIGGER job_search_role_point_facets_update_trg AFTER UPDATE ON job_search
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_role_point_facets',
    'role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry');
CREATE TRIGGER job_search_role_point_facets_delete_trg AFTER DELETE ON job_search
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_cube_apply('job_search_role_point_facets',
    'role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry');

INSERT INTO job_search_role_facets
SELECT role, category, city, work_mode, shift, education_min, education_rank, industry, count(*)::int
  FROM job_search
 GROUP BY role, category, city, work_mode, shift, education_min, education_rank, industry;

INSERT INTO job_search_role_point_facets
SELECT role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry,
       count(*)::int
  FROM job_search
 GROUP BY role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry;

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
  DELETE FROM job_search_role_facets WHERE n = 0;
  DELETE FROM job_search_role_point_facets WHERE n = 0;
  RETURN gone;
END
$$;

ANALYZE job_search_role_facets;
ANALYZE job_search_role_point_facets;
