-- Issue #21, commute counts at a million jobs: a small cube keyed by locality, in long form.
--
-- A commute search's counts summed the point cubes' cells of its reachable localities (1520): every
-- combination of work mode, shift, education, industry and category in each locality and role, ~130,000
-- cells for a broad concept within an hour of a central station, under GROUPING SETS, less the late-shift
-- cells without a cab from job_search_nocab_cells. Here each (city, locality, role) keeps one row per
-- facet value instead (as the pay cubes do, 0920): work_mode, category, industry, shift, education_min,
-- each with the number of live jobs a commute keeps there, and role '' holds every role together (a
-- commute with no concept reads those). The count of a commute search is then its localities' rows of
-- its roles: a few thousand, summed by (facet, value), no GROUPING SETS; the total is the work_mode
-- facet's sum (every job has one work mode).
--
-- "A job a commute keeps": not on a shift that ends while no suburban train runs ('night', 'us':
-- CAB_ONLY_SHIFTS in search.service.ts, held equal by commute-counts.test.ts through
-- commute_cab_only_shifts() below) unless its company gives a cab. job_search carries no perks: a row
-- added reads them from jobs (as 1520 does); a row that leaves or is rewritten takes out what it put in,
-- which 1520 records in job_search_nocab (the ids counted as without a cab). These triggers must run
-- BEFORE 1520's, which rewrite job_search_nocab: PostgreSQL fires the AFTER triggers of one event in
-- name order, and 'job_search_commute_cells_*' sorts before 'job_search_nocab_*'.
CREATE FUNCTION commute_cab_only_shifts() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['night', 'us'] $$;

CREATE TABLE job_search_commute_cells (
  city text NOT NULL,
  locality text NOT NULL,
  role text NOT NULL,
  facet text NOT NULL,
  value text NOT NULL,
  n integer NOT NULL,
  -- Led by the place: a commute reads its localities' rows of its roles.
  PRIMARY KEY (city, locality, role, facet, value)
);

-- One function per event (an INSERT has no old_rows, a DELETE no new_rows); each upserts once per
-- statement, in key order, so concurrent writers lock cells in the same order.
CREATE FUNCTION job_search_commute_cells_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO job_search_commute_cells AS f
  SELECT w.city, w.locality, r.role, v.facet, v.value, count(*)::int
    FROM new_rows w JOIN jobs x ON x.id = w.id
   CROSS JOIN LATERAL (VALUES (w.role), ('')) r(role)
   CROSS JOIN LATERAL (VALUES ('work_mode', w.work_mode), ('category', w.category), ('industry', w.industry),
                              ('shift', w.shift), ('education_min', w.education_min)) v(facet, value)
   WHERE w.shift <> ALL(commute_cab_only_shifts()) OR coalesce('cab' = ANY(x.perks), false)
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (city, locality, role, facet, value) DO UPDATE SET n = f.n + EXCLUDED.n;
  RETURN NULL;
END
$$;

CREATE FUNCTION job_search_commute_cells_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO job_search_commute_cells AS f
  SELECT o.city, o.locality, r.role, v.facet, v.value, -count(*)::int
    FROM old_rows o
   CROSS JOIN LATERAL (VALUES (o.role), ('')) r(role)
   CROSS JOIN LATERAL (VALUES ('work_mode', o.work_mode), ('category', o.category), ('industry', o.industry),
                              ('shift', o.shift), ('education_min', o.education_min)) v(facet, value)
   WHERE o.shift <> ALL(commute_cab_only_shifts())
      OR NOT EXISTS (SELECT 1 FROM job_search_nocab s WHERE s.id = o.id)
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (city, locality, role, facet, value) DO UPDATE SET n = f.n + EXCLUDED.n;
  RETURN NULL;
END
$$;

CREATE FUNCTION job_search_commute_cells_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO job_search_commute_cells AS f
  SELECT d.city, d.locality, r.role, v.facet, v.value, sum(d.n)::int
    FROM (SELECT o.city, o.locality, o.role, o.work_mode, o.category, o.industry, o.shift, o.education_min, -1 AS n
            FROM old_rows o
           WHERE o.shift <> ALL(commute_cab_only_shifts())
              OR NOT EXISTS (SELECT 1 FROM job_search_nocab s WHERE s.id = o.id)
          UNION ALL
          SELECT w.city, w.locality, w.role, w.work_mode, w.category, w.industry, w.shift, w.education_min, 1
            FROM new_rows w JOIN jobs x ON x.id = w.id
           WHERE w.shift <> ALL(commute_cab_only_shifts()) OR coalesce('cab' = ANY(x.perks), false)) d
   CROSS JOIN LATERAL (VALUES (d.role), ('')) r(role)
   CROSS JOIN LATERAL (VALUES ('work_mode', d.work_mode), ('category', d.category), ('industry', d.industry),
                              ('shift', d.shift), ('education_min', d.education_min)) v(facet, value)
   GROUP BY 1, 2, 3, 4, 5
  HAVING sum(d.n) <> 0
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (city, locality, role, facet, value) DO UPDATE SET n = f.n + EXCLUDED.n;
  RETURN NULL;
END
$$;

CREATE TRIGGER job_search_commute_cells_insert_trg AFTER INSERT ON job_search REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION job_search_commute_cells_insert();
CREATE TRIGGER job_search_commute_cells_update_trg AFTER UPDATE ON job_search REFERENCING OLD TABLE AS old_rows
  NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_search_commute_cells_update();
CREATE TRIGGER job_search_commute_cells_delete_trg AFTER DELETE ON job_search REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION job_search_commute_cells_delete();

-- The first fill, from the live rows and 1520's record of which have no cab.
INSERT INTO job_search_commute_cells
SELECT j.city, j.locality, r.role, v.facet, v.value, count(*)::int
  FROM job_search j
 CROSS JOIN LATERAL (VALUES (j.role), ('')) r(role)
 CROSS JOIN LATERAL (VALUES ('work_mode', j.work_mode), ('category', j.category), ('industry', j.industry),
                            ('shift', j.shift), ('education_min', j.education_min)) v(facet, value)
 WHERE j.shift <> ALL(commute_cab_only_shifts())
    OR NOT EXISTS (SELECT 1 FROM job_search_nocab s WHERE s.id = j.id)
 GROUP BY 1, 2, 3, 4, 5;

-- Empty cells go with the minute's sweep (search_expire), like every cube's.
INSERT INTO search_cubes VALUES ('job_search_commute_cells');

ANALYZE job_search_commute_cells;
