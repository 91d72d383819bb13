-- search_generation (0100) is bumped by every statement on jobs, even one that changed no row: the
-- "clear the re-confirm flag" that follows each employer action (UPDATE ... WHERE
-- reconfirm_requested_at IS NOT NULL) matched nothing almost always, yet emptied every cached search
-- answer of every instance. Now a statement bumps it only when it touched rows. Changes to companies
-- (the verified flag re-ranks their jobs; the name shows in results) bump it too, which they did not.
DROP TRIGGER search_generation_trg ON jobs;

CREATE FUNCTION search_generation_bump_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed) THEN
    PERFORM nextval('search_generation');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER search_generation_insert_trg AFTER INSERT ON jobs
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump_rows();
CREATE TRIGGER search_generation_update_trg AFTER UPDATE ON jobs
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump_rows();
CREATE TRIGGER search_generation_delete_trg AFTER DELETE ON jobs
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump_rows();
CREATE TRIGGER search_generation_companies_trg AFTER UPDATE ON companies
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump_rows();
