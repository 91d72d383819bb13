-- Search at a million jobs, continued: a place search reads its bounding box from a GiST index on
-- the job's point (the lat/lng btree could only range over latitude), and sort=salary reads the
-- pay order from an index instead of sorting every match.
CREATE INDEX job_search_point_idx ON job_search USING gist (point(lng, lat));
CREATE INDEX job_search_salary_idx ON job_search ((coalesce(salary_max, -1)::float8) DESC, id DESC);
DROP INDEX job_search_geo_idx;
