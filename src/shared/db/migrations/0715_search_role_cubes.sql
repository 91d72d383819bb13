-- The middle rung of the cube lattice (issue #3): role but no experience. A concept search ("call
-- centre" = six roles) filters on role and rarely on experience, yet the fine cubes split every cell
-- by experience_min too, so its counts summed 12k cells. Without that column the cubes hold a third
-- (18k) and a half (132k) of the cells. search.repo.ts picks the smallest cube whose columns cover the
-- filters: coarse (0714), these, then the fine ones (0710, 0713). Installed (triggers and first fill)
-- by search_cube_install, kept exact by search_cube_apply (0714).
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

SELECT search_cube_install('job_search_role_facets',
  'role, category, city, work_mode, shift, education_min, education_rank, industry');
SELECT search_cube_install('job_search_role_point_facets',
  'role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry');

ANALYZE job_search_role_facets;
ANALYZE job_search_role_point_facets;
