-- Candidate search (issue 7): seekers who opted in (`searchable`, every change kept in
-- consent_records with purpose 'candidate_search') can be found by employers. Contact details stay
-- masked; revealing one is audited in contact_views.
ALTER TABLE seeker_profiles ADD COLUMN searchable boolean NOT NULL DEFAULT false;

-- Grid cells (0.1 degree, about 11 km) of the seeker's preferred places, so "within R km of a
-- locality" is a GIN overlap on a handful of cells before the exact distance is computed.
-- cell = floor(lat * 10) * 10000 + floor(lng * 10); kept in step by the trigger below.
ALTER TABLE seeker_profiles ADD COLUMN place_cells integer[] NOT NULL DEFAULT '{}';

CREATE FUNCTION seeker_place_cells() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.place_cells := ARRAY(
    SELECT DISTINCT (floor((p ->> 'lat')::float8 * 10)::int * 10000 + floor((p ->> 'lng')::float8 * 10)::int)
      FROM jsonb_array_elements(NEW.places) AS p
     WHERE p ? 'lat' AND p ? 'lng'
  );
  RETURN NEW;
END $$;
CREATE TRIGGER seeker_place_cells_trg BEFORE INSERT OR UPDATE OF places ON seeker_profiles
  FOR EACH ROW EXECUTE FUNCTION seeker_place_cells();
UPDATE seeker_profiles SET places = places;

-- Only opted-in profiles are ever searched, so every index is partial on `searchable`.
-- Place: overlap of cells; words: overlap of roles or skills; browse (no filter): newest profile first.
CREATE INDEX seeker_profiles_search_cells_idx ON seeker_profiles USING gin (place_cells) WHERE searchable;
CREATE INDEX seeker_profiles_search_skills_idx ON seeker_profiles USING gin (skills) WHERE searchable;
CREATE INDEX seeker_profiles_search_roles_idx ON seeker_profiles USING gin (roles) WHERE searchable;
CREATE INDEX seeker_profiles_search_city_idx ON seeker_profiles (city, updated_at DESC) WHERE searchable;
CREATE INDEX seeker_profiles_search_recent_idx ON seeker_profiles (updated_at DESC, user_id) WHERE searchable;

-- The re-confirm sweep closes jobs whose request is older than the grace period: a small partial index.
CREATE INDEX jobs_reconfirm_requested_idx ON jobs (reconfirm_requested_at)
  WHERE reconfirm_requested_at IS NOT NULL AND status = 'published';
