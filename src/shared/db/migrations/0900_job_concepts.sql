-- Job understanding at write time (issue #15): what a job's own title and skills say it is, read by
-- the search vocabulary (src/modules/search/job-concepts.ts), stored beside the role the employer
-- picked, so a concept query matches the picked role OR the job's own words.
--
-- title_concepts / skill_concepts hold tokens: '#<concept id>' and '~<role slug>' (a role only from a
-- concept that names one or two roles); skill tokens carry a '+' in front ('+#kyc_compliance'), since
-- lexemes built from an array have no positions and so no weights to tell title from skills. They
-- join search_head as lexemes, so job_search already carries them (its triggers copy search_head) and
-- its GIN index job_search_head_idx answers
-- "role = ANY(...) OR search_head @@ '~kyc-compliance-executive' | '#kyc_compliance'"; the same title
-- tokens are the title evidence that ranks first. They stay out of search_vector (the words index
-- behind "did you mean" and free-text matching), since no seeker types them.
--
-- concepts_version is the vocabulary version the tokens were derived with; NULL = not yet derived.
-- New and edited jobs get them from the jobs write path; rows written before this migration, or
-- derived with an older vocabulary, are re-derived online in batches by id (jobs-concepts queue,
-- `npm run deskhire -- concepts`), never in one statement a 1M-job table could not survive.
ALTER TABLE jobs ADD COLUMN title_concepts text[] NOT NULL DEFAULT '{}';
ALTER TABLE jobs ADD COLUMN skill_concepts text[] NOT NULL DEFAULT '{}';
ALTER TABLE jobs ADD COLUMN concepts_version integer;

CREATE OR REPLACE FUNCTION jobs_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  role_name text;
  company_name text;
  place text;
  head tsvector;
BEGIN
  SELECT r.name INTO role_name FROM roles r WHERE r.slug = NEW.role;
  SELECT c.name INTO company_name FROM companies c WHERE c.id = NEW.company_id;
  SELECT l.name || ' ' || ci.name INTO place
    FROM localities l JOIN cities ci ON ci.slug = l.city
   WHERE l.city = NEW.city AND l.slug = NEW.locality;
  head :=
    setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(role_name, '') || ' ' || coalesce(company_name, '') || ' ' ||
      array_to_string(NEW.skills, ' ')), 'B');
  NEW.search_head := head ||
    setweight(array_to_tsvector(coalesce(NEW.title_concepts, '{}')), 'A') ||
    setweight(array_to_tsvector(coalesce(NEW.skill_concepts, '{}')), 'B');
  NEW.search_vector :=
    head ||
    setweight(to_tsvector('simple', coalesce(NEW.description, '')), 'C') ||
    setweight(to_tsvector('simple', coalesce(place, '')), 'D');
  RETURN NEW;
END
$$;

DROP TRIGGER jobs_search_vector_trg ON jobs;
CREATE TRIGGER jobs_search_vector_trg
  BEFORE INSERT OR UPDATE OF title, description, role, skills, company_id, city, locality,
                             title_concepts, skill_concepts
  ON jobs FOR EACH ROW EXECUTE FUNCTION jobs_search_vector();

-- Where the online re-derivation stands, per vocabulary version: a run resumes after after_id, and
-- once a version is done nothing is walked again (new writes carry the current version already).
CREATE TABLE job_concepts_progress (
  version integer PRIMARY KEY,
  after_id bigint NOT NULL DEFAULT 0,
  done boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
