-- Views of a job's public page and API, one counter row per job and India day, bumped by an
-- upsert on each view (no in-process counters, so any number of app instances count together).
-- The employer dashboard reads the daily trend from the primary key (job_id, day).
CREATE TABLE job_views_daily (
  job_id bigint NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  day date NOT NULL,
  views integer NOT NULL DEFAULT 0,
  PRIMARY KEY (job_id, day)
);
