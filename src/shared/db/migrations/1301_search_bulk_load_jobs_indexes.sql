-- Bulk load (1300), seen at 1M jobs: rebuilding the indexes of jobs at the end is slow, since each of
-- its 13 secondary indexes is built by its own full scan of the 1.6 GB jobs heap (a minute or more
-- each on the shared 2-core machine, load ~20). They are now kept, and maintained row by row by the
-- three loading connections instead. job_search (narrow, and the table whose 19 indexes made the
-- per-batch path slow) still drops its secondary indexes and rebuilds them once.
CREATE OR REPLACE FUNCTION search_bulk_load_begin() RETURNS void LANGUAGE plpgsql AS $$
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
     WHERE i.indrelid = 'job_search'::regclass
       AND NOT i.indisunique AND NOT i.indisprimary
  LOOP
    INSERT INTO search_bulk_load_indexes VALUES (ix.def);
    EXECUTE format('DROP INDEX %s', ix.name);
  END LOOP;
  ALTER TABLE jobs DISABLE TRIGGER job_search_insert_trg;
  ALTER TABLE jobs DISABLE TRIGGER search_words_insert_trg;
END
$$;
