-- Recommendations read the newest live jobs of each locality near the seeker (a bounded candidate
-- set per locality), then score them. This index serves that per-locality walk.
CREATE INDEX jobs_live_place_recent_idx ON jobs (city, locality, posted_at DESC) WHERE status = 'published';
-- Remote jobs are candidates wherever the seeker lives: newest first, by work mode.
CREATE INDEX jobs_live_mode_recent_idx ON jobs (work_mode, posted_at DESC) WHERE status = 'published';
