-- A bulk load of jobs (`deskhire seed --jobs N`, issue #15), owned by the search module. Inserted
-- batch by batch with every trigger on, a job cost ~1.8 ms at 1M (job_search's 19 indexes and the
-- cube triggers, once per 2,000-row batch, on top of jobs_search_vector), so a 1M seed took 30-150
-- minutes on a shared 2-core machine.
--   search_bulk_load_begin(): switches off the jobs -> job_search and jobs -> search_words statement
--     triggers and drops the secondary (non-unique) indexes of jobs and job_search, keeping their
--     definitions in search_bulk_load_indexes (a committed state: the loader then inserts jobs on
--     several connections at once; each row still gets its FK checks and jobs_search_vector).
--   search_bulk_load_end(): fills job_search and search_words from jobs in one statement each (the
--     same rows job_search_upsert and search_words_collect write: keep the three in step), so the cube
--     triggers on job_search aggregate the whole load in one pass; rebuilds the indexes by sorting (far
--     cheaper than a million retail inserts) and switches the triggers back on.
-- A load that died between the two is finished by the next `deskhire seed` or server start
-- (search_bulk_load_end() is safe to run again; it does nothing when no load is open).
CREATE TABLE search_bulk_load_indexes (def text NOT NULL);

CREATE FUNCTION search_bulk_load_begin() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  ix record;
BEGIN
  IF EXISTS (SELECT 1 FROM search_bulk_load_indexes) THEN
    RAISE EXCEPTION 'a bulk load of jobs is open (under way, or interrupted: search_bulk_load_end() finishes it)';
  END IF;
  INSERT INTO search_bulk_load_indexes VALUES ('');  -- open, even with no index to drop
  FOR ix IN
    SELECT i.indexrelid::regclass AS name, pg_get_indexdef(i.indexrelid) AS def
      FROM pg_index i
     WHERE i.indrelid IN ('jobs'::regclass, 'job_search'::regclass)
       AND NOT i.indisunique AND NOT i.indisprimary
  LOOP
    INSERT INTO search_bulk_load_indexes VALUES (ix.def);
    EXECUTE format('DROP INDEX %s', ix.name);
  END LOOP;
  ALTER TABLE jobs DISABLE TRIGGER job_search_insert_trg;
  ALTER TABLE jobs DISABLE TRIGGER search_words_insert_trg;
END
$$;

CREATE FUNCTION search_bulk_load_end() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  ix record;
  filled bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM search_bulk_load_indexes) THEN
    RETURN 0;
  END IF;
  -- job_search_upsert's INSERT, over every live job not yet in job_search.
  INSERT INTO job_search (id, company_id, verified, category, role, sector, industry, city, locality,
                          lat, lng, work_mode, shift, salary_min, salary_max, experience_min, education_min,
                          education_rank, languages, posted_at, expires_at, search_head, stale, rank_key)
  SELECT n.id, n.company_id, c.verified, n.category, n.role, n.sector, n.industry, n.city, n.locality,
         n.lat, n.lng, n.work_mode, n.shift, n.salary_min, n.salary_max, n.experience_min, n.education_min,
         n.education_rank, n.languages, n.posted_at, n.expires_at, n.search_head,
         n.reconfirm_requested_at IS NOT NULL,
         job_search_rank(n.posted_at, n.salary_max, c.verified, n.reconfirm_requested_at IS NOT NULL)
    FROM jobs n JOIN companies c ON c.id = n.company_id
   WHERE n.status = 'published' AND n.expires_at > now()
     AND NOT EXISTS (SELECT 1 FROM job_search s WHERE s.id = n.id)
   ORDER BY n.id;
  GET DIAGNOSTICS filled = ROW_COUNT;
  -- Index builds sort in memory up to this (for this transaction only).
  PERFORM set_config('maintenance_work_mem', '128MB', true);
  -- search_words_collect's INSERT, over every job.
  INSERT INTO search_words (word)
  SELECT DISTINCT w
    FROM jobs, unnest(tsvector_to_array(jobs.search_vector)) AS w
   WHERE char_length(w) BETWEEN 3 AND 30 AND w !~ '[0-9]'
  ON CONFLICT DO NOTHING;
  FOR ix IN SELECT def FROM search_bulk_load_indexes WHERE def <> '' LOOP
    EXECUTE ix.def;
  END LOOP;
  DELETE FROM search_bulk_load_indexes;
  ALTER TABLE jobs ENABLE TRIGGER job_search_insert_trg;
  ALTER TABLE jobs ENABLE TRIGGER search_words_insert_trg;
  RETURN filled;
END
$$;
