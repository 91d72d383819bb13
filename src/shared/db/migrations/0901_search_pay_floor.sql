-- Pay floor semantics (issue #15), decided once for the API and the pages: salary_min=X ("salary at
-- least X", or a pay read from q such as "18000" or "2.5 lpa") keeps jobs whose POSTED MINIMUM is at
-- least X; a job that does not disclose pay drops out while a floor is set, and the answer says so.
-- Before, the test was salary_max >= X, so a 10,000-20,000 job passed a 19,000 floor.
-- job_search carries the posted minimum beside the maximum so the test reads the narrow row.
ALTER TABLE job_search ADD COLUMN IF NOT EXISTS salary_min integer;

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
    experience_min = EXCLUDED.experience_min,
    education_min = EXCLUDED.education_min, education_rank = EXCLUDED.education_rank,
    languages = EXCLUDED.languages, posted_at = EXCLUDED.posted_at, expires_at = EXCLUDED.expires_at,
    search_head = EXCLUDED.search_head, stale = EXCLUDED.stale, rank_key = EXCLUDED.rank_key;
  RETURN NULL;
END
$$;

-- Existing rows: no cube counts salary_min, so the cube triggers are skipped for this one fill
-- (with them, a 1M-row table would feed six cubes a 1M-row transition table for nothing).
ALTER TABLE job_search DISABLE TRIGGER USER;
UPDATE job_search s SET salary_min = j.salary_min FROM jobs j WHERE j.id = s.id AND j.salary_min IS NOT NULL;
ALTER TABLE job_search ENABLE TRIGGER USER;
