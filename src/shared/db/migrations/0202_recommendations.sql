-- Recommendations read the newest live jobs of each locality near the seeker and each education
-- level the seeker meets (a bounded candidate set per pair), and score them. These covering
-- indexes serve that walk as index-only scans: the pre-filter columns and every column the score
-- reads ride along, so only the ~20 winners are read from the table. Heavier than a plain index
-- (it carries languages and skills) and worth it: scoring 3,000 candidates from the heap took
-- ~0.5 s cold; education in the key keeps a rare level (below 10th) from scanning a whole locality.
CREATE INDEX jobs_live_place_recent_idx ON jobs (city, locality, education_rank, posted_at DESC)
  INCLUDE (id, experience_min, experience_max, expires_at, role, category, work_mode, shift,
           salary_max, languages, skills)
  WHERE status = 'published';
-- Remote jobs are candidates wherever the seeker lives: newest first per education level.
CREATE INDEX jobs_live_mode_recent_idx ON jobs (work_mode, education_rank, posted_at DESC)
  INCLUDE (id, experience_min, experience_max, expires_at, role, category, shift, salary_max,
           languages, skills)
  WHERE status = 'published';
