-- Where a seeker travels from (issue #21): a station slug ("dombivli") or a locality as
-- "city/locality", checked against the commute origins by the seekers service. Job pages and
-- recommendations look the seeker's commute up in commute_times from here; null: not told.
ALTER TABLE seeker_profiles ADD COLUMN home_station text;
