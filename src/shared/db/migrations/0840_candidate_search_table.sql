-- Candidate search reads a narrow copy of the opted-in profiles, `candidate_search`, instead of
-- seeker_profiles (wide rows: resume, salary, shifts...): one row per seeker with `searchable`, kept in
-- step by statement-level triggers on seeker_profiles, holding only what filters and the score read.
-- `exp_band` = least(experience_years, 5) is the experience part of the score (10 * band / 5). With
-- no word and no place in a search, the score is that band plus the profile's freshness, so inside a
-- band the order is simply (updated_at DESC, user_id): a browse reads each band's first rows from
-- (exp_band, updated_at DESC, user_id) and stops (candidates.repo.ts), instead of scoring every row.
CREATE TABLE candidate_search (
  user_id uuid PRIMARY KEY,
  updated_at timestamptz NOT NULL,
  experience_years smallint NOT NULL,
  exp_band smallint NOT NULL,
  education_rank smallint,
  city text,
  roles text[] NOT NULL,
  skills text[] NOT NULL,
  work_modes text[] NOT NULL,
  place_cells integer[] NOT NULL,
  -- Coordinates of the preferred places, (places -> i ->> 'lat')::float8 as the distance always read
  -- them (NULL where a place has none), without unpacking jsonb for every candidate.
  lats float8[] NOT NULL,
  lngs float8[] NOT NULL,
  -- 'language:level' of each spoken language ('english:fluent'): an exact GIN overlap, where the
  -- jsonb containment on seeker_profiles.languages had to recheck every candidate row.
  language_levels text[] NOT NULL
);

-- Language slugs and levels never hold ':' (taxonomy slugs; levels basic/conversational/fluent).
CREATE FUNCTION candidate_language_levels(languages jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(DISTINCT (l ->> 'language') || ':' || (l ->> 'level')), '{}')
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(languages) = 'array' THEN languages ELSE '[]' END) l
   WHERE jsonb_typeof(l -> 'language') = 'string' AND jsonb_typeof(l -> 'level') = 'string'
$$;

CREATE FUNCTION candidate_search_upsert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM candidate_search c
     USING old_profiles o
     WHERE c.user_id = o.user_id
       AND NOT EXISTS (SELECT 1 FROM new_profiles n WHERE n.user_id = o.user_id AND n.searchable);
  END IF;
  INSERT INTO candidate_search AS c (user_id, updated_at, experience_years, exp_band, education_rank, city,
                                     roles, skills, work_modes, place_cells, lats, lngs, language_levels)
  SELECT n.user_id, n.updated_at, n.experience_years, least(n.experience_years, 5), n.education_rank, n.city,
         n.roles, n.skills, n.work_modes, n.place_cells,
         ARRAY(SELECT (p ->> 'lat')::float8 FROM jsonb_array_elements(n.places) WITH ORDINALITY e (p, i) ORDER BY i),
         ARRAY(SELECT (p ->> 'lng')::float8 FROM jsonb_array_elements(n.places) WITH ORDINALITY e (p, i) ORDER BY i),
         candidate_language_levels(n.languages)
    FROM new_profiles n
   WHERE n.searchable
  ON CONFLICT (user_id) DO UPDATE SET
    updated_at = EXCLUDED.updated_at, experience_years = EXCLUDED.experience_years,
    exp_band = EXCLUDED.exp_band, education_rank = EXCLUDED.education_rank, city = EXCLUDED.city,
    roles = EXCLUDED.roles, skills = EXCLUDED.skills, work_modes = EXCLUDED.work_modes,
    place_cells = EXCLUDED.place_cells, lats = EXCLUDED.lats, lngs = EXCLUDED.lngs, language_levels = EXCLUDED.language_levels;
  RETURN NULL;
END $$;

CREATE FUNCTION candidate_search_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM candidate_search c USING old_profiles o WHERE c.user_id = o.user_id;
  RETURN NULL;
END $$;

CREATE TRIGGER candidate_search_insert_trg AFTER INSERT ON seeker_profiles
  REFERENCING NEW TABLE AS new_profiles FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_upsert();
CREATE TRIGGER candidate_search_update_trg AFTER UPDATE ON seeker_profiles
  REFERENCING OLD TABLE AS old_profiles NEW TABLE AS new_profiles
  FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_upsert();
CREATE TRIGGER candidate_search_delete_trg AFTER DELETE ON seeker_profiles
  REFERENCING OLD TABLE AS old_profiles FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_remove();

-- Opted-in seekers per experience band, so the total of a browse (or of an experience range that
-- follows band edges) is a sum of at most six numbers, not a count of 80k rows. Kept exact by a
-- statement-level trigger on candidate_search; a statement that moves no row between bands (most
-- profile edits) touches no counter, so seekers editing profiles do not queue on these rows.
CREATE TABLE candidate_search_bands (
  exp_band smallint PRIMARY KEY,
  seekers integer NOT NULL
);
INSERT INTO candidate_search_bands SELECT b, 0 FROM generate_series(0, 5) b;

CREATE FUNCTION candidate_search_bands_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE candidate_search_bands b SET seekers = b.seekers + d.n
      FROM (SELECT exp_band, count(*)::int AS n FROM new_rows GROUP BY exp_band) d
     WHERE b.exp_band = d.exp_band;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE candidate_search_bands b SET seekers = b.seekers - d.n
      FROM (SELECT exp_band, count(*)::int AS n FROM old_rows GROUP BY exp_band) d
     WHERE b.exp_band = d.exp_band;
  ELSE
    UPDATE candidate_search_bands b SET seekers = b.seekers + d.n
      FROM (SELECT exp_band, sum(n)::int AS n
              FROM (SELECT exp_band, 1 AS n FROM new_rows UNION ALL SELECT exp_band, -1 FROM old_rows) x
             GROUP BY exp_band HAVING sum(n) <> 0) d
     WHERE b.exp_band = d.exp_band;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER candidate_search_bands_insert_trg AFTER INSERT ON candidate_search
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_bands_apply();
CREATE TRIGGER candidate_search_bands_update_trg AFTER UPDATE ON candidate_search
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_bands_apply();
CREATE TRIGGER candidate_search_bands_delete_trg AFTER DELETE ON candidate_search
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_bands_apply();

INSERT INTO candidate_search (user_id, updated_at, experience_years, exp_band, education_rank, city,
                              roles, skills, work_modes, place_cells, lats, lngs, language_levels)
SELECT sp.user_id, sp.updated_at, sp.experience_years, least(sp.experience_years, 5), sp.education_rank, sp.city,
       sp.roles, sp.skills, sp.work_modes, sp.place_cells,
       ARRAY(SELECT (p ->> 'lat')::float8 FROM jsonb_array_elements(sp.places) WITH ORDINALITY e (p, i) ORDER BY i),
       ARRAY(SELECT (p ->> 'lng')::float8 FROM jsonb_array_elements(sp.places) WITH ORDINALITY e (p, i) ORDER BY i),
       candidate_language_levels(sp.languages)
  FROM seeker_profiles sp
 WHERE sp.searchable;

-- Band-ordered reads (browse, and a city, with early stop); the rest as in 0740, now on the narrow
-- table: cells for a radius, roles/skills for words, languages for a language.
CREATE INDEX candidate_search_band_idx ON candidate_search (exp_band, updated_at DESC, user_id);
CREATE INDEX candidate_search_city_idx ON candidate_search (city, exp_band, updated_at DESC, user_id);
CREATE INDEX candidate_search_cells_idx ON candidate_search USING gin (place_cells);
CREATE INDEX candidate_search_skills_idx ON candidate_search USING gin (skills);
CREATE INDEX candidate_search_roles_idx ON candidate_search USING gin (roles);
CREATE INDEX candidate_search_languages_idx ON candidate_search USING gin (language_levels);

-- The partial indexes of 0740 on seeker_profiles served only candidate search; they now cost every
-- profile write for nothing.
DROP INDEX seeker_profiles_search_cells_idx;
DROP INDEX seeker_profiles_search_skills_idx;
DROP INDEX seeker_profiles_search_roles_idx;
DROP INDEX seeker_profiles_search_languages_idx;
DROP INDEX seeker_profiles_search_city_idx;
DROP INDEX seeker_profiles_search_recent_idx;
