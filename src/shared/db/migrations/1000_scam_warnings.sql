-- Seekers warned that a job they applied to was held or rejected as a likely scam (modules/trust):
-- one warning per seeker and job, however often the job is screened again.
CREATE TABLE scam_warnings (
  job_id bigint NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  seeker_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  notification_id bigint,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job_id, seeker_id)
);
CREATE INDEX scam_warnings_seeker_idx ON scam_warnings (seeker_id);
