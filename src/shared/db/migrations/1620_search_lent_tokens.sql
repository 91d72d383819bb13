-- Jobs a concept finds by their own title but not by the role the employer picked (issue #15,
-- speed5). A concept query matches "role = ANY(R) OR search_head @@ tokens"; the second half alone,
-- "the title says so but the role is another", is what the cubes cannot count (extraMatch) and what
-- a relevance page reads as its "titled only" arm. Tested as "search_head @@ tokens AND NOT role =
-- ANY(R)", it meant reading every job whose title carries the tokens (tens of thousands at 1M jobs
-- for "call centre": almost all of them filed under one of R) to keep the few that are not.
--
-- job_lent_tokens(search_head, role) pairs each title token of a job ('#kyc', '~telecaller': the
-- lexemes of search_head that begin with '#' or '~', which only title_concepts put there, migration
-- 0900) with the job's own role: '#kyc@back-office-executive'. "A title token in Q and the role not
-- in R" is then "job_lent_tokens(...) && {q@r : q in Q, r a role not in R}": an exact GIN read of
-- the mismatched jobs alone. Roles are few (24), so that array stays small.
CREATE FUNCTION job_lent_tokens(head tsvector, role text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(t || '@' || role), '{}') FROM unnest(tsvector_to_array(head)) t
         WHERE left(t, 1) IN ('#', '~') $$;

CREATE INDEX job_search_lent_idx ON job_search USING gin (job_lent_tokens(search_head, role));
ANALYZE job_search;
