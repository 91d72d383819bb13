-- Issue #21 at a million jobs: the counts of a commute search as sums of cube cells, no row counting.
--
-- A commute keeps the jobs of a set of localities (the reachable ones, from commute_times), except a
-- job whose shift ends while no suburban train runs and whose company gives no cab (search-sql.ts,
-- whereClause). The point cubes (0713-0715) already count jobs per (city, locality) and shift; what
-- they cannot tell is the cab. This cube counts the live jobs WITHOUT the cab perk, per cell of
-- job_search_point_facets less the point: a commute's count is the point cube's cells of its
-- localities minus this cube's cells of its localities on the late shifts (search-commute.repo.ts).
--
-- job_search does not carry perks, so the trigger reads them from jobs for the rows it adds, and
-- keeps in job_search_nocab the ids it counted: a row that leaves job_search (expired, closed,
-- deleted) or is rewritten (an edit that adds or drops the cab) takes out exactly what it put in,
-- whatever jobs says by then. jobs -> job_search rewrites a job's row on every update of the job
-- (job_search_upsert), so a change of perks alone reaches this trigger too. The bulk load
-- (search_bulk_load_end) fills job_search with one INSERT: this trigger then counts the whole load
-- at once, like the other cubes.
CREATE TABLE job_search_nocab (id bigint PRIMARY KEY);

CREATE TABLE job_search_nocab_cells (
  city text NOT NULL,
  locality text NOT NULL,
  shift text NOT NULL,
  role text NOT NULL,
  category text NOT NULL,
  work_mode text NOT NULL,
  education_min text NOT NULL,
  education_rank smallint NOT NULL,
  experience_min smallint NOT NULL,
  industry text NOT NULL,
  n integer NOT NULL,
  -- Led by the place and the shift: a commute reads its localities' late-shift cells only.
  PRIMARY KEY (city, locality, shift, role, category, work_mode, education_min, education_rank, experience_min, industry)
);

CREATE FUNCTION job_search_nocab_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Cells are upserted in key order (one statement per trigger), so concurrent writers lock them in
  -- the same order, as search_cube_apply does.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO job_search_nocab_cells AS f
    SELECT r.city, r.locality, r.shift, r.role, r.category, r.work_mode, r.education_min, r.education_rank,
           r.experience_min, r.industry, count(*)::int
      FROM new_rows r JOIN jobs x ON x.id = r.id
     WHERE NOT coalesce('cab' = ANY(x.perks), false)
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT (city, locality, shift, role, category, work_mode, education_min, education_rank, experience_min, industry)
    DO UPDATE SET n = f.n + EXCLUDED.n;
    INSERT INTO job_search_nocab
    SELECT r.id FROM new_rows r JOIN jobs x ON x.id = r.id
     WHERE NOT coalesce('cab' = ANY(x.perks), false)
    ON CONFLICT (id) DO NOTHING;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO job_search_nocab_cells AS f
    SELECT r.city, r.locality, r.shift, r.role, r.category, r.work_mode, r.education_min, r.education_rank,
           r.experience_min, r.industry, -count(*)::int
      FROM old_rows r JOIN job_search_nocab s ON s.id = r.id
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT (city, locality, shift, role, category, work_mode, education_min, education_rank, experience_min, industry)
    DO UPDATE SET n = f.n + EXCLUDED.n;
    DELETE FROM job_search_nocab s USING old_rows r WHERE s.id = r.id;
  ELSE
    INSERT INTO job_search_nocab_cells AS f
    SELECT city, locality, shift, role, category, work_mode, education_min, education_rank, experience_min,
           industry, sum(d.n)::int
      FROM (SELECT r.city, r.locality, r.shift, r.role, r.category, r.work_mode, r.education_min,
                   r.education_rank, r.experience_min, r.industry, -1 AS n
              FROM old_rows r JOIN job_search_nocab s ON s.id = r.id
            UNION ALL
            SELECT r.city, r.locality, r.shift, r.role, r.category, r.work_mode, r.education_min,
                   r.education_rank, r.experience_min, r.industry, 1
              FROM new_rows r JOIN jobs x ON x.id = r.id
             WHERE NOT coalesce('cab' = ANY(x.perks), false)) d
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    HAVING sum(d.n) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT (city, locality, shift, role, category, work_mode, education_min, education_rank, experience_min, industry)
    DO UPDATE SET n = f.n + EXCLUDED.n;
    DELETE FROM job_search_nocab s USING old_rows r WHERE s.id = r.id;
    INSERT INTO job_search_nocab
    SELECT r.id FROM new_rows r JOIN jobs x ON x.id = r.id
     WHERE NOT coalesce('cab' = ANY(x.perks), false)
    ON CONFLICT (id) DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER job_search_nocab_insert_trg AFTER INSERT ON job_search REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION job_search_nocab_apply();
CREATE TRIGGER job_search_nocab_update_trg AFTER UPDATE ON job_search REFERENCING OLD TABLE AS old_rows
  NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_search_nocab_apply();
CREATE TRIGGER job_search_nocab_delete_trg AFTER DELETE ON job_search REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION job_search_nocab_apply();

-- The first fill, from the live rows as they are.
INSERT INTO job_search_nocab
SELECT j.id FROM job_search j JOIN jobs x ON x.id = j.id WHERE NOT coalesce('cab' = ANY(x.perks), false);
INSERT INTO job_search_nocab_cells
SELECT j.city, j.locality, j.shift, j.role, j.category, j.work_mode, j.education_min, j.education_rank,
       j.experience_min, j.industry, count(*)::int
  FROM job_search j JOIN job_search_nocab s ON s.id = j.id
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

-- A commute page reads each reachable locality's best jobs in rank order and merges them, stopping
-- once the page is full (pageByTiers): by locality, not by point, since two localities may share a
-- point and be minutes apart.
CREATE INDEX job_search_locality_rank_idx ON job_search (city, locality, rank_key DESC, id DESC);

-- Its empty cells go with the minute's sweep (search_expire), like every cube's.
INSERT INTO search_cubes VALUES ('job_search_nocab_cells');

ANALYZE job_search_nocab;
ANALYZE job_search_nocab_cells;
