-- Door-to-door travel times (issue #21), owned by the commute module: from every station and
-- locality to every locality, computed once from src/shared/reference/transit.json and the
-- gazetteer by the commute module's rebuild, never per request.
CREATE TABLE commute_times (
  from_kind text NOT NULL CHECK (from_kind IN ('station', 'locality')),
  from_slug text NOT NULL,
  from_city text NOT NULL DEFAULT '', -- the origin locality's city; '' for a station
  to_city text NOT NULL,
  to_locality text NOT NULL,
  minutes integer NOT NULL CHECK (minutes >= 0),
  summary text NOT NULL,
  route jsonb NOT NULL,
  PRIMARY KEY (from_kind, from_slug, from_city, to_city, to_locality),
  FOREIGN KEY (to_city, to_locality) REFERENCES localities (city, slug)
);
CREATE INDEX commute_times_reach ON commute_times (from_kind, from_slug, minutes);

-- Which transit data and gazetteer the stored times were computed from (one row).
CREATE TABLE commute_build (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  data_hash text NOT NULL,
  rows integer NOT NULL,
  built_at timestamptz NOT NULL DEFAULT now()
);
