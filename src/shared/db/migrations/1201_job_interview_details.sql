-- Where and when candidates meet the employer (issue #20), owned by the jobs module: an interview
-- address, walk-in dates and timings, as the posting form takes them. One jsonb value
-- ({address?, walk_in_from?, walk_in_to?, timings?}) or NULL when the employer gave none.
ALTER TABLE jobs ADD COLUMN interview jsonb;
