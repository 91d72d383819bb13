-- Recommendations read the newest live jobs of each locality near the seeker (a bounded candidate
-- set per locality), then score only those. These indexes serve that walk as index-only scans:
-- the pre-filter columns (education, experience, expiry) ride along, so rejected rows cost no
-- heap visit.
CREATE INDEX jobs_live_place_recent_idx ON jobs (city, locality, posted_at DESC)
  INCLUDE (id, education_rank, experience_min, expires_at) WHERE status = 'published';
-- Remote jobs are candidates wherever the seeker lives: newest first.
CREATE INDEX jobs_live_mode_recent_idx ON jobs (work_mode, posted_at DESC)
  INCLUDE (id, education_rank, experience_min, expires_at) WHERE status = 'published';
